export declare function sm3(bytes: Uint8Array): Buffer;
export declare class HmacSm3 {
  constructor(key: Uint8Array);
  digest(bytes: Uint8Array, length?: number, out?: Buffer): Buffer;
}

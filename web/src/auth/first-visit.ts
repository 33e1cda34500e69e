// What the first script of a visit (boot.ts) and the app share about signing in, with no data of anyone's:
// - a flag that someone is signed in on this browser, so that boot.ts starts the app at once for them and
//   draws its own login card for everyone else (a first visit, after signing out);
// - the name and password typed into that card, handed to the app's login page, which signs in with them.
const SIGNED_IN_KEY = 'tonghu-signed-in';
/** Set by the offline store for a director who signed in on this phone (offline/cache.ts). */
const RETURNING_KEY = 'tonghu-offline-returning';

export function signedInHint(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1' || localStorage.getItem(RETURNING_KEY) === '1';
  } catch {
    // No storage: the app decides, as it always could.
    return true;
  }
}

export function rememberSignedIn(): void {
  try {
    localStorage.setItem(SIGNED_IN_KEY, '1');
  } catch {
    // no storage
  }
}

export function forgetSignedIn(): void {
  try {
    localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // no storage
  }
}

export interface TypedLogin {
  username: string;
  password: string;
}

let typed: TypedLogin | null = null;

/** boot.ts: what was typed into its card, for the login page to send. Kept in memory only. */
export function handOverLogin(login: TypedLogin): void {
  typed = login;
}

/** The login page: the hand-over, once. */
export function takeHandedOverLogin(): TypedLogin | null {
  const login = typed;
  typed = null;
  return login;
}

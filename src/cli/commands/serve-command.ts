// Registers `tonghu serve` and `tonghu start` (serve.ts). The server's modules (Fastify, its plugins, every
// route) are loaded only when one of them runs: loaded at every start they cost each other command about
// 0.3 s (the CLI's bundle keeps them in a chunk of their own, bin/cli-bundle.js).
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { action } from '../run.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动网页与接口服务（不载入演示数据）')
    .action(action('serve', async () => (await import('./serve.ts')).serve(loadConfig(), { demo: false })));
  program
    .command('start')
    .description('启动服务；数据库为空时先载入演示县数据（npm start）')
    .action(action('start', async () => (await import('./serve.ts')).serve(loadConfig(), { demo: true })));
}

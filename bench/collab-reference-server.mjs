// The reference server for bench/collab.mjs: @y/websocket-server 0.1.1 (the stock y-websocket server),
// in memory, on its own HTTP server in its own process. Prints "PORT <n>" once listening.
import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const server = http.createServer((_req, res) => res.end('reference'));
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));

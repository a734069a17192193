'use strict';
// Starts Learning Locker's xapi-statements in memory mode for tests (docs/xapi.md): bound to 127.0.0.1 on a port
// the system chooses, printed as "LRS_PORT=<n>" once it listens. The package itself listens on EXPRESS_PORT on
// every interface; a test peer must not be reachable from the network, so listen() is redirected here.
const http = require('http');
const os = require('os');
const path = require('path');

process.env.MODELS_REPO = 'memory';
process.env.STORAGE_REPO = 'memory';
process.env.AUTH_REPO = 'test';
process.env.EVENTS_REPO = 'test';
process.env.WINSTON_CONSOLE_LEVEL = process.env.WINSTON_CONSOLE_LEVEL || 'error';
process.env.EXPRESS_MORGAN_DIRECTORY = process.env.EXPRESS_MORGAN_DIRECTORY
  || path.join(os.tmpdir(), 'custodian-lrs-' + process.pid);

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (_port, callback) {
  const server = this;
  return listen.call(server, 0, '127.0.0.1', function () {
    process.stdout.write('LRS_PORT=' + server.address().port + '\n');
    if (callback) callback();
  });
};
require('xapi-statements/dist/server');

const express = require("express");
const util = require("util");
const { exec, execSync, execFile, spawn, spawnSync } = require("child_process");
const { promisify } = require("util");
const cp = require("node:child_process");

const app = express();
const execAsync = util.promisify(exec);

app.get("/ping", (req, res) => {
  // ruleid: js-child-process-exec
  exec("ping -c 1 " + req.query.host, (err, stdout) => {
    res.send(stdout);
  });
});

app.get("/lookup", (req, res) => {
  const domain = req.query.domain;
  // ruleid: js-child-process-exec
  const out = execSync(`nslookup ${domain}`).toString();
  res.type("text/plain").send(out);
});

async function gitLog(file) {
  // ruleid: js-child-process-exec
  const { stdout } = await execAsync(`git log --oneline -- ${file}`);
  return stdout;
}

function runUserCommand(command) {
  // ruleid: js-child-process-exec
  return cp.exec(command);
}

function diskUsage() {
  // ok: js-child-process-exec
  return execSync("df -h /").toString();
}

const VERSION_CMD = "node --version";
function nodeVersion(cb) {
  // ok: js-child-process-exec
  exec(VERSION_CMD, cb);
}

function pingSafe(host, cb) {
  // ok: js-child-process-exec
  execFile("ping", ["-c", "1", host], cb);
}

async function uptime() {
  // ok: js-child-process-exec
  const { stdout } = await execAsync("uptime");
  return stdout;
}

function convert(input, size, output) {
  // ruleid: js-spawn-shell-true
  return spawn("convert", [input, "-resize", size, output], { shell: true });
}

function runScript(script) {
  // ruleid: js-spawn-shell-true
  return spawnSync(`npm run ${script}`, { shell: true, stdio: "inherit" });
}

function archive(dir) {
  // ruleid: js-spawn-shell-true
  return cp.execFileSync("tar", ["-czf", "backup.tgz", dir], { shell: "/bin/bash" });
}

function install() {
  // ok: js-spawn-shell-true
  return spawn("npm", ["install", "--no-audit"], { shell: true, stdio: "inherit" });
}

function resize(input, size, output) {
  // ok: js-spawn-shell-true
  return spawn("convert", [input, "-resize", size, output], { stdio: "inherit" });
}

function listing(dir) {
  // ok: js-spawn-shell-true
  return spawnSync("ls", ["-la", dir], { shell: false });
}

function run(command, cwd) {
  // ruleid: js-spawn-shell-command
  return spawn("sh", ["-c", command], { cwd, env: process.env });
}

function deploy(branch) {
  const target = branch.trim();
  // ruleid: js-spawn-shell-command
  return cp.spawnSync("/bin/bash", ["-lc", `git checkout -B ${target} origin/${target}`]);
}

function winDir(dir) {
  // ruleid: js-spawn-shell-command
  return execFile("cmd.exe", ["/c", "dir " + dir]);
}

function cleanTmp() {
  // ok: js-spawn-shell-command
  return spawn("sh", ["-c", "rm -rf /tmp/build-cache"]);
}

function runScriptFile(script) {
  // ok: js-spawn-shell-command
  return spawn("bash", [script, "--verbose"]);
}

function checkout(target, cwd) {
  // ok: js-spawn-shell-command
  return spawn("git", ["checkout", "-B", target, `origin/${target}`], { cwd });
}

const runShell = promisify(exec);

async function poster(file, width) {
  const command = ["ffmpeg -y", `-i "${file.path}"`, `-vf scale=${width}:-2`, "out.jpg"].join(" ");
  // ruleid: js-child-process-exec
  await runShell(command);
  // ok: js-child-process-exec
  await runShell("ffmpeg -version");
}

module.exports = { poster, run, deploy, winDir, cleanTmp, runScriptFile, checkout, app, gitLog, runUserCommand, diskUsage, nodeVersion, pingSafe, uptime, convert, runScript,
  archive, install, resize, listing };

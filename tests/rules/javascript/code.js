const express = require("express");
const vm = require("vm");

const app = express();
app.use(express.json());

app.post("/calc", (req, res) => {
  // ruleid: js-eval-call
  const result = eval(req.body.expression);
  res.json({ result });
});

function applyFilter(rows, filter) {
  // ruleid: js-eval-call
  return rows.filter((row) => eval(`row.${filter.field} ${filter.op} ${JSON.stringify(filter.value)}`));
}

function loadConfig(text) {
  // ruleid: js-eval-call
  return window.eval("(" + text + ")");
}

function parseConfig(text) {
  // ok: js-eval-call
  return JSON.parse(text);
}

function twoPlusTwo() {
  // ok: js-eval-call
  return eval("2 + 2");
}

app.post("/formula", (req, res) => {
  // ruleid: js-function-constructor
  const fn = new Function("x", `return ${req.body.formula};`);
  res.json({ y: fn(Number(req.body.x)) });
});

function compileRule(source) {
  // ruleid: js-function-constructor
  return Function("order", source);
}

function makeAdder() {
  // ok: js-function-constructor
  return new Function("a", "b", "return a + b;");
}

const OPERATIONS = { add: (a, b) => a + b, sub: (a, b) => a - b };
function operate(name, a, b) {
  // ok: js-function-constructor
  return OPERATIONS[name]?.(a, b);
}

app.post("/sandbox", (req, res) => {
  // ruleid: js-vm-run-code
  const output = vm.runInNewContext(req.body.code, { console }, { timeout: 1000 });
  res.json({ output });
});

function runTemplate(template, data) {
  // ruleid: js-vm-run-code
  const script = new vm.Script("`" + template + "`");
  return script.runInNewContext(data);
}

function version() {
  // ok: js-vm-run-code
  return vm.runInThisContext("process.version");
}

function precompiled() {
  // ok: js-vm-run-code
  return new vm.Script("globalThis.counter = (globalThis.counter || 0) + 1");
}

function scheduleGreeting(name) {
  // ruleid: js-string-timer
  setTimeout("greet('" + name + "')", 1000);
}

function poll(endpoint) {
  // ruleid: js-string-timer
  return setInterval(`refresh("${endpoint}")`, 5000);
}

function scheduleGreetingSafe(name) {
  // ok: js-string-timer
  setTimeout(() => greet(name), 1000);
}

function pollSafe(endpoint, refresh) {
  // ok: js-string-timer
  return setInterval(refresh, 5000, endpoint);
}

function runRule(script, input) {
  const context = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(`globalThis.input = JSON.parse(${JSON.stringify(JSON.stringify(input))});`, context, { timeout: 50 });
  // ok: js-vm-run-code
  vm.runInContext(String(script), context, { timeout: 50, filename: "rule.js" });
  // ok: js-vm-run-code
  const output = vm.runInContext("JSON.stringify(result)", context, { timeout: 50 });
  return JSON.parse(output);
}

function runRuleWithHost(script, input) {
  const context = vm.createContext({ input, console }, { codeGeneration: { strings: false } });
  // ruleid: js-vm-run-code
  return vm.runInContext(script, context, { timeout: 50 });
}

function runRuleOpen(script, input) {
  const context = vm.createContext(Object.create(null));
  // ruleid: js-vm-run-code
  vm.runInContext(script, context);
}

module.exports = { app, applyFilter, loadConfig, parseConfig, twoPlusTwo, compileRule, makeAdder, operate,
  runTemplate, version, precompiled, scheduleGreeting, poll, scheduleGreetingSafe, pollSafe };

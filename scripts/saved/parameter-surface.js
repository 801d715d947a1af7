// Captures the parameter surface of every node as today's version saves it.
const path = require('path');
const pkg = require(path.resolve('package.json'));
const out = {};
const strip = (p) => {
  const o = { name: p.name, type: p.type, default: p.default };
  if (p.displayOptions) o.displayOptions = p.displayOptions;
  if (Array.isArray(p.options)) {
    if (p.type === 'options' || p.type === 'multiOptions') o.values = p.options.map((x) => x.value);
    else o.options = p.options.map(strip);
  }
  if (Array.isArray(p.values)) o.options = p.values.map(strip);
  if (p.modes) o.modes = p.modes.map((m) => m.name);
  return o;
};
for (const file of pkg.n8n.nodes) {
  const mod = require(path.resolve(file));
  const Cls = Object.values(mod).find((v) => typeof v === "function" && /^[A-Z]/.test(v.name) && v.prototype && "description" in new v());
  const node = new Cls();
  const d = node.description;
  out[d.name] = { version: d.version, properties: d.properties.map(strip) };
}
process.stdout.write(JSON.stringify(out, null, 1));

// Writes the notices of the npm packages esbuild bundled into out/extension.js: for each
// package found in the bundle's metafile, its name, version, licence and licence text.
//   node scripts/third-party-notices.js target/bundle-meta.json ThirdPartyNotices.txt
'use strict';
const fs = require('fs');
const path = require('path');

const [metafile, output] = process.argv.slice(2);
const inputs = Object.keys(JSON.parse(fs.readFileSync(metafile, 'utf8')).inputs);

// node_modules/a/… or node_modules/@scope/a/…, innermost package of each input
const packageDirs = new Set();
for (const input of inputs) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  if (match) packageDirs.add(match[1]);
}

const sections = [...packageDirs].sort().map((dir) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenceFile = fs.readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  if (!licenceFile) {
    console.error(`${dir}: no licence file in the package (${manifest.license ?? 'no licence field'})`);
    process.exit(1);
  }
  const text = fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim();
  return `${manifest.name} ${manifest.version} (${manifest.license})\n${'-'.repeat(60)}\n${text}\n`;
});

const header = [
  'Third-party notices for the plans extension for VS Code',
  '',
  'out/extension.js bundles the npm packages below. server/plans.jar carries the notices and',
  'licences of the Java libraries it contains in its META-INF folder.',
  '',
  '',
].join('\n');
fs.writeFileSync(output, header + sections.join('\n\n'));
console.log(`${output}: ${sections.length} bundled packages`);

// Checks that a packaged .vsix holds exactly what the extension ships, and nothing else:
// the bundled extension code (with vscode-languageclient inside, no node_modules), the server
// jar, the grammar, snippets, icon, licence, third-party notices, changelog and the marketplace README.
'use strict';
const yauzl = require('yauzl');

const vsix = process.argv[2];
const expected = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/readme.md', // vsce stores README.md and CHANGELOG.md under these names
  'extension/changelog.md',
  'extension/LICENSE.md',
  'extension/ThirdPartyNotices.txt',
  'extension/images/icon.png',
  'extension/language-configuration.json',
  'extension/out/extension.js',
  'extension/server/plans.jar',
  'extension/snippets/plans.json',
  'extension/syntaxes/plans.tmLanguage.json',
];
const wanted = ['extension/ThirdPartyNotices.txt', 'extension/out/extension.js', 'extension/readme.md', 'extension/package.json', 'extension.vsixmanifest'];

yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
  if (err) {
    console.error(`${vsix}: ${err.message}`);
    process.exit(1);
  }
  const sizes = new Map();
  const texts = new Map();
  zip.on('entry', (entry) => {
    sizes.set(entry.fileName, entry.uncompressedSize);
    if (!wanted.includes(entry.fileName)) {
      zip.readEntry();
      return;
    }
    zip.openReadStream(entry, (streamErr, stream) => {
      if (streamErr) throw streamErr;
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
        zip.readEntry();
      });
    });
  });
  zip.on('end', () => {
    const problems = [];
    for (const name of expected) {
      if (!sizes.has(name)) problems.push(`missing ${name}`);
    }
    for (const name of sizes.keys()) {
      if (!expected.includes(name)) problems.push(`should not be packaged: ${name}`);
    }
    const extensionJs = texts.get('extension/out/extension.js') ?? '';
    // The language client must be bundled in, not left to a node_modules folder the .vsix lacks.
    if (!extensionJs.includes('textDocument/semanticTokens/full')) {
      problems.push('extension/out/extension.js does not contain vscode-languageclient');
    }
    if (/require\(["']vscode-languageclient/.test(extensionJs)) {
      problems.push('extension/out/extension.js requires vscode-languageclient at run time instead of bundling it');
    }
    if ((sizes.get('extension/server/plans.jar') ?? 0) < 1024 * 1024) {
      problems.push('extension/server/plans.jar is smaller than 1 MiB: not the shaded server jar');
    }
    // Every npm package in the bundle is named with its licence text (the MIT licence asks for it).
    const notices = texts.get('extension/ThirdPartyNotices.txt') ?? '';
    for (const pkg of ['vscode-languageclient', 'vscode-jsonrpc', 'vscode-languageserver-protocol', 'semver']) {
      if (!new RegExp(`^${pkg} \\d+\\.\\d+\\.\\d+ \\(`, 'm').test(notices)) {
        problems.push(`ThirdPartyNotices.txt does not name ${pkg}`);
      }
    }
    if (!notices.includes('Permission is hereby granted')) problems.push('ThirdPartyNotices.txt lacks the licence texts');
    const manifest = JSON.parse(texts.get('extension/package.json') ?? '{}');
    if (manifest.dependencies && Object.keys(manifest.dependencies).length > 0) {
      problems.push(`package.json has runtime dependencies: ${Object.keys(manifest.dependencies).join(', ')}`);
    }
    if (manifest.license !== 'EPL-2.0' || !manifest.repository || manifest.icon !== 'images/icon.png') {
      problems.push('package.json lacks the EPL-2.0 licence, the repository or the icon');
    }
    const vsixManifest = texts.get('extension.vsixmanifest') ?? '';
    for (const part of ['<License>extension/LICENSE.md</License>', '<Icon>extension/images/icon.png</Icon>', 'Links.Source']) {
      if (!vsixManifest.includes(part)) problems.push(`extension.vsixmanifest lacks ${part}`);
    }
    // The marketplace README is for users: no developer build steps.
    const readme = texts.get('extension/readme.md') ?? '';
    for (const word of ['mvnw', 'npm ', 'esbuild', 'vsce']) {
      if (readme.includes(word)) problems.push(`the marketplace README mentions "${word}" (build steps belong in DEVELOPING.md)`);
    }
    if (problems.length > 0) {
      console.error(`${vsix}:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${vsix}: the ${sizes.size} intended files, server jar and bundled extension present`);
  });
  zip.readEntry();
});

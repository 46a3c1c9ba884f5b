// Checks that a packaged .vsix holds what the extension needs at run time:
// the bundled extension code (with vscode-languageclient inside), the grammar and the server jar.
'use strict';
const yauzl = require('yauzl');

const vsix = process.argv[2];
const required = [
  'extension/package.json',
  'extension/out/extension.js',
  'extension/server/plans.jar',
  'extension/syntaxes/plans.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/plans.json',
  'extension/readme.md', // vsce stores README.md under this name
];
const forbidden = [/^extension\/node_modules\//, /^extension\/src\//, /^extension\/test\//];

yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
  if (err) {
    console.error(`${vsix}: ${err.message}`);
    process.exit(1);
  }
  const names = new Map();
  let extensionJs = '';
  zip.on('entry', (entry) => {
    names.set(entry.fileName, entry.uncompressedSize);
    if (entry.fileName !== 'extension/out/extension.js') {
      zip.readEntry();
      return;
    }
    zip.openReadStream(entry, (streamErr, stream) => {
      if (streamErr) throw streamErr;
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        extensionJs = Buffer.concat(chunks).toString('utf8');
        zip.readEntry();
      });
    });
  });
  zip.on('end', () => {
    const problems = [];
    for (const name of required) {
      if (!names.has(name)) problems.push(`missing ${name}`);
    }
    for (const name of names.keys()) {
      if (forbidden.some((re) => re.test(name))) problems.push(`should not be packaged: ${name}`);
    }
    // The language client must be bundled in, not left to a node_modules folder the .vsix lacks.
    if (!extensionJs.includes('textDocument/semanticTokens/full')) {
      problems.push('extension/out/extension.js does not contain vscode-languageclient');
    }
    if (/require\(["']vscode-languageclient/.test(extensionJs)) {
      problems.push('extension/out/extension.js requires vscode-languageclient at run time instead of bundling it');
    }
    if ((names.get('extension/server/plans.jar') ?? 0) < 1024 * 1024) {
      problems.push('extension/server/plans.jar is smaller than 1 MiB: not the shaded server jar');
    }
    if (problems.length > 0) {
      console.error(`${vsix}:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${vsix}: ${names.size} files, server jar and bundled extension present`);
  });
  zip.readEntry();
});

/** How the extension offers to show a folder it wrote. */
export interface RevealAction {
  readonly label: string;
  readonly command: string;
}

/**
 * The system's file manager in a desktop VS Code on local files (`revealFileInOS`); VS Code's
 * own Explorer in a browser (code-server, vscode.dev) or a remote window, where
 * `revealFileInOS` does nothing for the user's machine.
 */
export function revealAction(localDesktop: boolean): RevealAction {
  return localDesktop
    ? { label: 'Reveal Folder', command: 'revealFileInOS' }
    : { label: 'Show in Explorer', command: 'revealInExplorer' };
}

// The language server over the page's WebSocket (/lsp, same origin): one JSON-RPC message per
// text frame. The token, when the server needs one, travels in the cookie set by /?token=T.
import { LSPClient, serverCompletion, hoverTooltips, signatureHelp } from "@codemirror/lsp-client";

/** Opens the socket; resolves with a Transport for LSPClient once it is open. */
export function openTransport(url, onClose) {
  const handlers = [];
  const socket = new WebSocket(url);
  socket.onmessage = (event) => {
    for (const handler of handlers) handler(String(event.data));
  };
  return new Promise((resolve, reject) => {
    socket.onopen = () =>
      resolve({
        send(message) {
          if (socket.readyState !== WebSocket.OPEN) throw new Error("The connection to the server is closed.");
          socket.send(message);
        },
        subscribe(handler) {
          handlers.push(handler);
        },
        unsubscribe(handler) {
          const at = handlers.indexOf(handler);
          if (at >= 0) handlers.splice(at, 1);
        },
      });
    socket.onerror = () => reject(new Error("Could not connect to the language server."));
    socket.onclose = (event) => onClose(event);
  });
}

/** The address of the language server socket beside this page. */
export function socketUrl(location) {
  return (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/lsp";
}

/** A connected client for the workspace; `extensions` add diagnostics and semantic tokens. */
export async function connect({ rootUri, origin, extensions, onClose }) {
  const transport = await openTransport(socketUrl(window.location), onClose);
  const client = new LSPClient({
    rootUri,
    // diagnostics then link <origin>/docs/rules.md#plan-105-..., which the server serves
    initializationOptions: { rulesDocsBase: origin + "/" },
    timeout: 15000,
    extensions: [serverCompletion(), hoverTooltips(), signatureHelp(), ...extensions],
  });
  client.connect(transport);
  await client.initializing;
  return client;
}

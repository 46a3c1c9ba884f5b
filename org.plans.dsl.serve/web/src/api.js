// The page's calls to the server's file API (org.plans.dsl.serve/API.md).

/** An answer other than 2xx: its status and the server's {"error"} text (and any other fields). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error || `The server answered ${status}.`);
    this.status = status;
    this.body = body || {};
  }
}

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    credentials: "same-origin",
  });
  if (!response.ok) {
    let error = null;
    try {
      error = await response.json();
    } catch {
      error = null;
    }
    throw new ApiError(response.status, error);
  }
  return response;
}

/** {root, rootUri, readOnly, files} */
export async function listFiles() {
  return (await call("GET", "/api/files")).json();
}

/** {path, text, version} */
export async function readFile(path) {
  return (await call("GET", "/api/file?path=" + encodeURIComponent(path))).json();
}

/** {version}; throws ApiError 409 with {diskText, diskVersion} when the file changed on disk. */
export async function writeFile(path, text, baseVersion) {
  return (await call("PUT", "/api/file?path=" + encodeURIComponent(path), { text, baseVersion })).json();
}

/** The zip of the chosen targets' outputs, as a Blob. */
export async function generate(targets) {
  return (await call("POST", "/api/generate", { targets })).blob();
}

/** [{name, description}] of the installed generator targets. */
export async function listTargets() {
  return (await (await call("GET", "/api/targets")).json()).targets;
}

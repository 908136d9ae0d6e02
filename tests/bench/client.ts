/** The benchmark talks to the engine as every other caller does: through the router. */
import type { Input, MethodName, Output } from '../../shared/api';
import { createRouter, type Router } from '../../electron/archive/router';
import { createWorkspace, type Workspace } from '../../electron/archive/workspace';

export interface BenchClient {
  router: Router;
  workspace: Workspace;
  /** Calls a method; a refusal or failure throws with the engine's message. */
  call: <M extends MethodName>(method: M, input: Input<M>) => Output<M>;
  /** Calls a method; a refusal or failure is returned, not thrown. */
  tryCall: <M extends MethodName>(method: M, input: Input<M>) => { ok: true; value: Output<M> } | { ok: false; message: string };
}

const session = { user: { name: 'bench', role: 'administrator' as const } };

export function createBenchClient(dataDir: string): BenchClient {
  const workspace = createWorkspace({ dataDir });
  // The engine logs unexpected failures; the benchmark reports them itself.
  const router = createRouter(workspace, () => {});
  const tryCall = <M extends MethodName>(method: M, input: Input<M>) => {
    const r = router.call(session, method, input);
    return r.ok ? { ok: true as const, value: r.value } : { ok: false as const, message: `${r.error.code}: ${r.error.message}` };
  };
  return {
    router,
    workspace,
    tryCall,
    call: (method, input) => {
      const r = tryCall(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.message}`);
      return r.value;
    },
  };
}

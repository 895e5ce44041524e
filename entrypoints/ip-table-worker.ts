// A dedicated Worker the popup starts to decode the IP table off its main thread (utils/knowledge/ip-table-thread.ts):
// one request, one reply with the arrays transferred, then the page terminates it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ipTableReply } from '../utils/knowledge/ip-table-thread.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(msg: unknown, transfer: Transferable[]): void;
}

export default defineUnlistedScript({
  main() {
    const scope = globalThis as unknown as WorkerScope;
    scope.addEventListener('message', ({ data }) => {
      void ipTableReply(data).then(({ reply, transfer }) => scope.postMessage(reply, transfer));
    });
  },
});

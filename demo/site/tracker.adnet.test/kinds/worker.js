// A dedicated worker of the tracker's frame: its request is the frame's, made off the page's thread.
fetch('/beacon?worker=frame', { method: 'POST', body: 'cid=w-1' }).then(() => postMessage('frame'));

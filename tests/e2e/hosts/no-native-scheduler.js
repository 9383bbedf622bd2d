// Makes this engine one without a native `scheduler`, as Firefox ESR and WebKitGTK have been:
// the page's <form name="scheduler"> is then `window.scheduler` (DOM clobbering), and its
// <input name="yield"> is `scheduler.yield`.
delete window.scheduler;
delete Window.prototype.scheduler;

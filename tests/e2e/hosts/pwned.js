// Any payload of the page that runs calls top.__pwned.push(n).
window.__pwned = [];

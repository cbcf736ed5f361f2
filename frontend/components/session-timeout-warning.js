/**
 * Every request the page sends to its own server, heartbeats aside (the server does not count those either:
 * IdleSessionFilter), tells the clocks below: a click that made a round trip restarts the idle clock as it does on
 * the server. Both XMLHttpRequest (Vaadin's own round trips) and fetch are watched, once for the whole page.
 */
const requestListeners = new Set();

function counts(url) {
  try {
    const target = new URL(url, document.baseURI);
    return target.origin === window.location.origin && !target.search.includes('v-r=heartbeat');
  } catch (e) {
    return false;
  }
}

function sent(url) {
  if (counts(url)) {
    const now = Date.now();
    requestListeners.forEach((listener) => listener(now));
  }
}

if (!window.__sessionRequestWatch) {
  window.__sessionRequestWatch = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.__sessionUrl = String(url);
    return open.call(this, method, url, ...rest);
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    sent(this.__sessionUrl);
    return send.apply(this, args);
  };
  if (window.fetch) {
    const fetch = window.fetch;
    window.fetch = function (input, ...rest) {
      sent(input instanceof Request ? input.url : String(input));
      return fetch.call(this, input, ...rest);
    };
  }
}

/**
 * The idle-session clock of a signed-in page (see SessionTimeoutWarning.java). Counts from the last time the
 * server surely heard of the person: the page's load, any request the page sent since (a click's round trip, a
 * call of stillHere() made by a click or key at least keepAliveSeconds after the last one, by the button, or
 * instead of a warning when the person did something since).
 * Warns warnSeconds before the end with a button to stay; once the end has passed, reloads the page, which lands
 * on the sign-in page with the reason and comes back here after signing in.
 */
class SessionTimeoutWarning extends HTMLElement {
  connectedCallback() {
    this.lastHeard = Date.now();
    this.lastActivity = this.lastHeard;
    this.onRequest = (at) => {
      this.lastHeard = Math.max(this.lastHeard, at);
    };
    requestListeners.add(this.onRequest);
    this.onActivity = () => {
      this.lastActivity = Date.now();
      if (Date.now() - this.lastHeard >= (this.keepAliveSeconds || 60) * 1000) {
        this.stay();
      }
    };
    for (const type of ['keydown', 'pointerdown', 'input']) {
      document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    this.tick = setInterval(() => this.check(), 1000);
  }

  disconnectedCallback() {
    requestListeners.delete(this.onRequest);
    for (const type of ['keydown', 'pointerdown', 'input']) {
      document.removeEventListener(type, this.onActivity, { capture: true });
    }
    clearInterval(this.tick);
    this.hide();
  }

  stay() {
    this.lastHeard = Date.now();
    this.hide();
    if (this.$server) {
      this.$server.stillHere();
    }
  }

  check() {
    if (!this.timeoutSeconds) {
      return;
    }
    const left = Math.ceil((this.lastHeard + this.timeoutSeconds * 1000 - Date.now()) / 1000);
    if (left <= this.warnSeconds && this.lastActivity > this.lastHeard) {
      // the person did something since the server last surely heard of them: tell it rather than warn
      this.stay();
    } else if (left < -3) {
      clearInterval(this.tick);
      window.location.reload();
    } else if (left <= this.warnSeconds) {
      this.show(Math.max(left, 0));
    } else {
      // a request sent since the warning came (a download's progress, say) moved the end
      this.hide();
    }
  }

  show(secondsLeft) {
    if (!this.box) {
      const box = document.createElement('div');
      box.className = 'session-timeout-warning';
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-labelledby', 'session-timeout-heading');
      box.setAttribute('aria-describedby', 'session-timeout-message');
      const heading = document.createElement('h2');
      heading.id = 'session-timeout-heading';
      heading.textContent = this.heading;
      const message = document.createElement('p');
      message.id = 'session-timeout-message';
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'session-timeout-stay';
      button.textContent = this.stayText;
      button.addEventListener('click', () => this.stay());
      box.append(heading, message, button);
      document.body.append(box);
      this.box = box;
      button.focus({ preventScroll: true });
    }
    const minutes = Math.floor(secondsLeft / 60);
    const seconds = String(secondsLeft % 60).padStart(2, '0');
    this.box.querySelector('p').textContent = this.message.replace('{0}', `${minutes}:${seconds}`);
  }

  hide() {
    if (this.box) {
      this.box.remove();
      this.box = undefined;
    }
  }
}

customElements.define('session-timeout-warning', SessionTimeoutWarning);

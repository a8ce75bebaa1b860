/*! zelfscan embed.js: puts the zelfscan widget on a web page. How to use it: README.md, "Putting
 * it on a website". No dependencies; it sends nothing anywhere and loads only from its own folder.
 *
 * On the host page:
 * - `[data-zelfscan][data-src]` becomes an iframe of the widget at data-src, as tall as the step on
 *   screen; the frame's events are dispatched on that element as `zelfscan:*` CustomEvents.
 * - `[data-zelfscan]` without data-src (or `#zelfscan`) gets the widget mounted into the page.
 * In the widget's own page (dist/index.html, which loads this file too) it starts the widget,
 * and when that page is in a frame it reports its height and events to the parent. The
 * facilitator's workbench (dist/workbench.html, `data-zs-page="workbench"`) is started the same
 * way, with its own script and wasm.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__zelfscanEmbed) return;
  window.__zelfscanEmbed = true;
  var base = new URL('.', script.src);
  // This build's hashed file names; scripts/post-build.mjs writes them in after every build.
  var FILES = { js: '@@zelfscan-js@@', wasm: '@@zelfscan-wasm@@', css: '@@zelfscan-css@@' };
  var WORKBENCH = { js: '@@zelfscan-workbench-js@@', wasm: '@@zelfscan-workbench-wasm@@' };
  // The widget with its results, started on a page that opens on them and when a visitor
  // reaches them: the bundle above (the questions) is what every visitor fetches first.
  var RESULTS = { js: '@@zelfscan-results-js@@', wasm: '@@zelfscan-results-wasm@@' };
  // The configuration attributes (data-…), as in crates/core/src/config.rs.
  var KEYS = ['lang', 'theme', 'accent', 'accent-dark', 'contact-name', 'contact-role',
    'contact-phone', 'contact-email', 'contact-link', 'preview'];
  var EVENTS = ['ready', 'started', 'step', 'completed'];
  // The same texts as T::BootLoading and T::BootFailed in crates/core/src/texts.rs.
  var TEXT = {
    loading: {
      nl: 'De zelfscan wordt geladen. Blijft deze melding staan, laad de pagina dan opnieuw.',
      en: 'The self-scan is loading. If this message stays, reload the page.'
    },
    failed: {
      nl: 'De zelfscan kon niet worden geladen. Laad de pagina opnieuw of probeer het later nog eens. Lukt het dan nog niet, gebruik dan een recente versie van Edge, Chrome, Firefox of Safari, of neem contact op met de beheerder van deze website.',
      en: 'The self-scan could not be loaded. Reload the page or try again later. If that does not help, use a recent version of Edge, Chrome, Firefox or Safari, or contact the administrator of this website.'
    }
  };
  var TITLE = { nl: 'Zelfscan datagestuurd werken en wendbaarheid', en: 'Self-scan on data-driven working and agility' };

  function warn(text) {
    if (window.console) console.warn('zelfscan: ' + text);
  }

  function keysOf(object) {
    return Object.keys(object).sort().join();
  }

  function isCount(n) {
    return typeof n === 'number' && n % 1 === 0 && n >= 1 && n <= 1000;
  }

  // A message from a widget frame in the documented shape, rebuilt from its checked parts; or null.
  function readMessage(data) {
    if (!data || typeof data !== 'object' || data.zelfscan !== 1) return null;
    if (data.type === 'height' && keysOf(data) === 'height,type,zelfscan') {
      var h = data.height;
      return typeof h === 'number' && h >= 0 && h <= 100000 ? { height: Math.ceil(h) } : null;
    }
    if (data.type !== 'event' || keysOf(data) !== 'detail,name,type,zelfscan') return null;
    var d = data.detail;
    if (EVENTS.indexOf(data.name) < 0 || !d || typeof d !== 'object') return null;
    if (data.name !== 'step') return keysOf(d) === '' ? { name: data.name, detail: {} } : null;
    var ok = keysOf(d) === 'id,number,total' && typeof d.id === 'string' &&
      /^[a-z0-9_:-]{1,80}$/.test(d.id) && isCount(d.number) && isCount(d.total) && d.number <= d.total;
    return ok ? { name: 'step', detail: { id: d.id, number: d.number, total: d.total } } : null;
  }

  // The iframe way: the placeholder keeps its place (events are dispatched on it) and gets a frame.
  function embedFrame(holder) {
    var src;
    try {
      src = new URL(holder.getAttribute('data-src'), document.baseURI);
    } catch (e) {
      return warn('data-src is not an address');
    }
    if (!/^https?:$/.test(src.protocol)) return warn('data-src must be an http(s) address');
    var params = new URLSearchParams();
    KEYS.forEach(function (key) {
      var value = holder.getAttribute('data-' + key);
      if (value) params.set(key, value);
    });
    // Result links made in the frame point at this page, and a result link opened here (its
    // code in this page's fragment, `#r=…`) is shown in the frame. Fragments reach no server.
    params.set('page', location.href.split('#')[0]);
    var lang = /^en/i.test(holder.getAttribute('data-lang') || '') ? 'en' : 'nl';
    var frame;
    var makeFrame = function () {
      // As written: the widget says what is wrong with a code, if anything.
      if (/^#r=/.test(location.hash)) params.set('r', location.hash.slice(3, 203));
      else params.delete('r');
      src.hash = params.toString();
      frame = document.createElement('iframe');
      frame.title = holder.getAttribute('data-title') || TITLE[lang];
      frame.src = src.href;
      frame.style.display = 'block';
      frame.style.width = '100%';
      frame.style.border = '0';
      holder.textContent = '';
      holder.appendChild(frame);
    };
    makeFrame();
    // A result link followed on this page opens in the whole window, so only the fragment
    // changes: a new frame shows that result (a changed fragment alone would not reload it).
    window.addEventListener('hashchange', function () {
      if (/^#r=/.test(location.hash)) makeFrame();
    });
    var stepsSeen = 0;
    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow || event.origin !== src.origin) return;
      var message = readMessage(event.data);
      if (!message) return;
      if (message.height !== undefined) {
        frame.style.height = message.height + 'px';
        return;
      }
      holder.dispatchEvent(new CustomEvent('zelfscan:' + message.name, { bubbles: true, detail: message.detail }));
      if (message.name === 'step' && stepsSeen++ > 0) {
        var top = frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) frame.scrollIntoView({ block: 'start' });
      }
    });
  }

  function showText(element, which) {
    var box = document.createElement('div');
    box.className = 'zs zs-boot';
    box.setAttribute('role', which === 'failed' ? 'alert' : 'status');
    box.setAttribute('data-zs-boot', which);
    ['nl', 'en'].forEach(function (lang) {
      var p = document.createElement('p');
      p.lang = lang;
      p.textContent = TEXT[which][lang];
      box.appendChild(p);
    });
    element.textContent = '';
    element.appendChild(box);
  }

  // Copies configuration values to attributes the element does not have itself.
  function configure(element, values, from) {
    Object.keys(values).forEach(function (key) {
      var value = values[key];
      if (KEYS.indexOf(key) < 0 || typeof value !== 'string') return warn(from + ': "' + key + '" is not a setting; it is ignored');
      if (!element.hasAttribute('data-' + key)) element.setAttribute('data-' + key, value);
    });
  }

  // Whether the widget will start on the intro that dist/index.html holds as its first screen:
  // a visitor without saved answers, no result link in the address, and the default language,
  // theme and accent (the screen is Dutch, light, for a fresh visitor; a dark accent is not
  // shown in the light theme, and contact details not on the intro).
  function startsOnFirstScreen(element) {
    if (/(^#|&)r=/.test(location.hash)) return false;
    var is = function (key, value) {
      var set = element.getAttribute('data-' + key);
      return set === null || set.trim().toLowerCase() === value;
    };
    if (!is('lang', 'nl') || !is('theme', 'light') || !is('accent', '#154273')) return false;
    try {
      return window.localStorage.getItem('zelfscan') === null;
    } catch (e) {
      return false;
    }
  }

  // The first screens, rendered at build time by the widget's own components (README, "First
  // paint"): the intro, the domains step and the first area, shown until the wasm has mounted
  // the live widget in their place. On them a visitor can walk between the three, choose
  // domains and answer the first statements; what they did is written on the element as
  // `data-zs-early` (crates/core/src/embed/early.rs), and the widget goes on from there. The
  // control that has keyboard focus is noted, so that focus can move to its live twin. Returns
  // that note, or null when the screens are not shown.
  function showFirstScreen(element) {
    var screens = {};
    var order = [];
    [].slice.call(element.querySelectorAll('template[data-zs-first-screen]')).forEach(function (template) {
      template.parentNode.removeChild(template);
      var screen = template.content.firstElementChild;
      var step = template.getAttribute('data-zs-first-screen');
      if (screen && /^[a-z0-9:-]{1,80}$/.test(step)) {
        screens[step] = screen;
        order.push(step);
      }
    });
    if (order[0] !== 'intro' || !startsOnFirstScreen(element)) return null;
    var state = { step: 'intro', next: false, domains: {}, answers: {} };
    var focus = { key: null };
    var record = function () {
      var parts = ['step=' + state.step];
      if (state.next) parts.push('next');
      Object.keys(state.domains).forEach(function (id) {
        if (state.domains[id]) parts.push('domain=' + id);
      });
      Object.keys(state.answers).forEach(function (id) {
        parts.push('answer=' + id + ':' + state.answers[id]);
      });
      element.setAttribute('data-zs-early', parts.join('&'));
    };
    var show = function (step, moved) {
      state.step = step;
      var screen = screens[step].cloneNode(true);
      screen.setAttribute('data-zs-boot', 'first-screen');
      [].forEach.call(screen.querySelectorAll('input'), function (input) {
        var chosen = choiceOf(input);
        if (chosen && chosen.domain) input.checked = !!state.domains[chosen.domain];
        if (chosen && chosen.answer) input.checked = state.answers[chosen.answer] === chosen.value;
      });
      follow(screen);
      screen.addEventListener('click', function (event) {
        var control = event.target.closest && event.target.closest('[data-zs-key]');
        var key = control && control.getAttribute('data-zs-key');
        var at = order.indexOf(state.step);
        if (key === 'start' || key === 'next' || key === 'domains-skip') {
          if (at + 1 < order.length) show(order[at + 1], true);
          else {
            // The next step has no static screen: the widget goes there once it runs.
            state.next = true;
            showText(element, 'loading');
          }
        } else if (key === 'back' && at > 0) {
          show(order[at - 1], true);
        } else {
          return;
        }
        record();
      });
      screen.addEventListener('change', function (event) {
        var chosen = choiceOf(event.target);
        if (!chosen) return;
        if (chosen.domain) state.domains[chosen.domain] = event.target.checked;
        else if (event.target.checked) state.answers[chosen.answer] = chosen.value;
        follow(screen);
        record();
      });
      screen.addEventListener('focusin', function (event) {
        focus.key = event.target.id === 'zs-step-heading' ? '#zs-step-heading' : event.target.getAttribute('data-zs-key');
      });
      element.textContent = '';
      element.appendChild(screen);
      if (moved) {
        var heading = screen.querySelector('#zs-step-heading');
        if (heading) heading.focus();
      }
    };
    show('intro', false);
    return focus;
  }

  // What a static screen's input chooses: a domain (its checkbox), or an answer to a statement
  // or orientation question (a radio button named `answer-<id>`, keyed `answer-<id>-<value>`).
  function choiceOf(input) {
    var key = input.getAttribute('data-zs-key') || '';
    if (input.type === 'checkbox' && /^domain-[a-z0-9-]+$/.test(key)) return { domain: key.slice(7) };
    var name = input.name || '';
    var value = key.slice(name.length + 1);
    if (input.type === 'radio' && /^answer-[a-z0-9-]+$/.test(name) && key.indexOf(name + '-') === 0 &&
      /^([1-5]|dont-know|not-applicable)$/.test(value)) return { answer: name.slice(7), value: value };
    return null;
  }

  // What the live widget shows as choices change, on a static screen: the count of answered
  // statements, and "skip" only while no domain is chosen.
  function follow(screen) {
    var count = screen.querySelector('[data-zs-key="answered"]');
    if (count) {
      var answered = [].filter.call(screen.querySelectorAll('fieldset[data-zs-key^="statement-"]'), function (f) {
        return f.querySelector('input:checked');
      }).length;
      count.textContent = count.textContent.replace(/\d+/, String(answered));
    }
    var skip = screen.querySelector('[data-zs-key="domains-skip"]');
    if (skip) skip.parentNode.style.display = screen.querySelector('input[type=checkbox]:checked') ? 'none' : '';
  }

  // After the live widget has replaced the first screens: focus that was on a static control
  // (or heading) goes to the same one in the widget, instead of being lost with the static one.
  function handOverFocus(element, focus) {
    if (!focus || !focus.key) return;
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    var live = focus.key === '#zs-step-heading' ? element.querySelector('#zs-step-heading')
      : element.querySelector('[data-testid="' + focus.key + '"]');
    if (live) live.focus();
  }

  // The mount way, also used by the widget's own page and the workbench's.
  function mount(element) {
    var framed = window.parent !== window;
    // Where the widget's files are, for its link to the workbench beside them.
    element.setAttribute('data-zs-base', base.href);
    if (!element.firstElementChild) showText(element, 'loading');
    if (framed) {
      // Values from the host page, which embedFrame put in the address; a page opened on its own
      // ignores them, so a link cannot change the adviser's details.
      var params = new URLSearchParams(location.hash.slice(1));
      var values = {};
      KEYS.forEach(function (key) {
        if (params.has(key)) values[key] = params.get(key);
      });
      configure(element, values, 'address');
      reportToParent(element);
    }
    var firstScreen = showFirstScreen(element);
    var css = new URL(FILES.css, base).href;
    var styled = [].some.call(document.querySelectorAll('link[rel~="stylesheet"]'), function (l) {
      return l.href === css;
    });
    if (!styled) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = css;
      document.head.appendChild(link);
    }
    var code = element.getAttribute('data-zs-page') === 'workbench' ? WORKBENCH
      : opensOnResults() ? RESULTS : FILES;
    var file = fetch(new URL('zelfscan.config.json', base)).then(function (response) {
      return response.ok ? response.json() : {};
    }).then(function (values) {
      return values && typeof values === 'object' ? values : {};
    }, function (error) {
      if (error instanceof SyntaxError) warn('zelfscan.config.json is not valid JSON; it is ignored');
      else throw error;
      return {};
    }).then(function (values) {
      configure(element, values, 'zelfscan.config.json');
      // The settings file asks for another language, theme or accent than the first screen's:
      // the page says it is loading until the widget runs (README, "First paint").
      if (firstScreen && !startsOnFirstScreen(element)) {
        firstScreen = null;
        showText(element, 'loading');
      }
    });
    Promise.all([load(code), file]).then(function (loaded) {
      // Before the widget runs, so that a page opening on the summary loads the results ahead.
      if (code === FILES) handOverResults(element, loaded[0][0]);
      return run(loaded[0], null);
    }).then(function () {
      handOverFocus(element, firstScreen);
    }).catch(function (error) {
      warn('the widget could not start: ' + error);
      if (element.querySelector('[data-zs-boot]')) showText(element, 'failed');
    });
  }

  // Whether the page opens on the results: a result link, or saved progress that is there.
  function opensOnResults() {
    if (/(^#|&)r=/.test(location.hash)) return true;
    try {
      return /"step"\s*:\s*"results"/.test(window.localStorage.getItem('zelfscan') || '');
    } catch (e) {
      return false;
    }
  }

  // A bundle's glue script and its compiled wasm. The wasm downloads and compiles while the glue
  // script (and, at start, the settings) load, instead of after them (dist/index.html's preload
  // is reused by this fetch). A server that does not send `application/wasm` gets the slower
  // compile from the bytes.
  function load(code) {
    var module = fetch(new URL(code.wasm, base)).then(function (response) {
      if (!response.ok) throw new Error('the wasm file gave HTTP ' + response.status);
      var wasmType = /^application\/wasm\b/.test(response.headers.get('Content-Type') || '');
      return wasmType && WebAssembly.compileStreaming ? WebAssembly.compileStreaming(response)
        : response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    });
    return Promise.all([import(new URL(code.js, base).href), module]);
  }

  // Starts a loaded bundle, calling `before` (if any) just before.
  function run(loaded, before) {
    if (before) before();
    return loaded[0].default({ module_or_path: loaded[1] });
  }

  // The questions' bundle (its module: `unmount` works once it runs) asks for the results
  // (src/browser/handover.rs): the results' bundle is started in its place, once it has loaded; the promise in the request says how that went, so
  // that on failure the questions stay, with the answers, and can ask again. It is loaded ahead
  // when the summary is shown (the step before), so that the results follow the click at once;
  // a visitor who never gets that far never fetches it.
  function handOverResults(element, questions) {
    var loaded = null;
    var prepare = function () {
      if (!loaded) {
        loaded = load(RESULTS);
        loaded.catch(function () { loaded = null; });
      }
      return loaded;
    };
    element.addEventListener('zelfscan:step', function (event) {
      if (event.detail && event.detail.id === 'summary') prepare();
    });
    var loading = null;
    element.addEventListener('zelfscan-load-results', function (event) {
      if (!loading) {
        loading = prepare().then(function (bundle) {
          return run(bundle, function () { questions.unmount(); });
        });
        loading.catch(function (error) {
          warn('the result could not be loaded: ' + error);
          // Unmounted, the questions cannot ask again: the page says what to do.
          if (!element.firstElementChild) showText(element, 'failed');
          loading = null;
        });
      }
      if (event.detail && typeof event.detail === 'object') event.detail.loaded = loading;
    });
  }

  // In a frame: the page's height and the widget's events go to the parent (embed.js there
  // checks that they come from its own frame). They carry nothing about the answers.
  function reportToParent(element) {
    var post = function (message) {
      message.zelfscan = 1;
      window.parent.postMessage(message, '*');
    };
    var last = -1;
    var measure = function () {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) post({ type: 'height', height: (last = height) });
    };
    // A resize (the frame's width) is seen by the ResizeObserver; a change of content also by
    // the MutationObserver, because browsers pause the former in frames out of view.
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
    new MutationObserver(measure).observe(document.documentElement,
      { childList: true, subtree: true, attributes: true, characterData: true });
    measure();
    EVENTS.forEach(function (name) {
      element.addEventListener('zelfscan:' + name, function (event) {
        post({ type: 'event', name: name, detail: event.detail });
      });
    });
  }

  [].forEach.call(document.querySelectorAll('[data-zelfscan][data-src]'), embedFrame);
  var target = document.querySelector('[data-zelfscan]:not([data-src])') || document.getElementById('zelfscan');
  if (target) mount(target);
})();

/*
 * What the config.js of Tasklist, Cockpit and the welcome page share: Ukrainian, with English for
 * the texts locales/uk.json leaves out, and Order Flow's AngularJS modules (files in this folder).
 */
export const locales = {
  availableLocales: ['uk', 'en'],
  fallbackLocale: 'en'
};

/** The requireJsConfig that loads the modules orderflow/<name>.js, each defining 'orderflow.<name>'. */
export function modules(...names) {
  const paths = {};
  names.forEach((name) => {
    // from the app's folder: requirejs's base here is app/<app>/
    paths['orderflow-' + name] = '../orderflow/' + name;
  });
  return {
    ngDeps: names.map((name) => 'orderflow.' + name),
    deps: names.map((name) => 'orderflow-' + name),
    paths
  };
}

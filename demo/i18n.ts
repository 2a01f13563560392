/**
 * The demo host page's own words (its chrome: demo bar, header, navigation, footer) in English, German and
 * French, so the page speaks the language chosen in the demo bar, as the embedded elements do. Elements of
 * the page name their text with `data-i18n="key"` and their attributes with `data-i18n-<attribute>="key"`;
 * texts are set as text, never as markup.
 */
const en = {
  title: 'My Orders · Partwise Supplier Area',
  skip: 'Skip to content',
  runningOn: 'Supplier Flow on',
  settings: 'Demo settings',
  'backend.memory': 'the in-browser memory adapter',
  'backend.rest': 'the REST adapter and the reference server at {url}',
  language: 'Language',
  theme: 'Theme',
  'theme.auto': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  latency: 'Latency',
  none: 'None',
  faults: 'Faults',
  'faults.10': '10 % of calls fail',
  'faults.30': '30 % of calls fail',
  'faults.offline': 'Offline',
  process: 'Process shipments',
  processTitle: 'The platform processes every pending shipment now: shipping documents appear',
  reset: 'Reset data',
  resetTitle: 'Back to the seeded demo orders; your changes are discarded',
  resetConfirm: 'Reset the demo data? Everything you confirmed, uploaded, shipped or invoiced is discarded.',
  latencyOn: 'Every call now takes {ms} ms longer.',
  latencyOff: 'Extra latency off.',
  offline: 'Offline: every call fails.',
  failing: '{percent} % of calls fail.',
  faultsOff: 'Faults off.',
  failed: 'Failed: {reason}',
  resetDone: 'Demo data reset to the seeded orders.',
  processed: 'The platform processed every pending shipment.',
  home: 'Partwise home',
  supplier: 'Supplier',
  area: 'Supplier area',
  dashboard: 'Dashboard',
  jobBoard: 'Job board',
  myOrders: 'My Orders',
  payments: 'Payments',
  messages: 'Messages',
  help: 'Help',
  supplierId: 'Supplier ID {id}',
  breadcrumb: 'Breadcrumb',
  lede: 'Confirm production, upload quality reports, arrange shipping and invoice your Partwise orders.',
  loadingPortal: 'Loading the supplier portal…',
  notRegistered: 'The supplier portal is not registered yet',
  notRegisteredText:
    'The backend is ready with {count} demo orders. <supplier-portal> appears here as soon as src/define.ts registers it.',
  footer: '© Partwise Manufacturing Marketplace — a fictional host platform.',
  creditBefore: 'Order workflow by ',
  creditAfter: ' web components.',
};

export type DemoMessages = typeof en;
export type DemoLocale = 'en' | 'de' | 'fr';

const de: DemoMessages = {
  title: 'Meine Aufträge · Partwise Lieferantenbereich',
  skip: 'Zum Inhalt springen',
  runningOn: 'Supplier Flow auf',
  settings: 'Demo-Einstellungen',
  'backend.memory': 'dem Speicher-Adapter im Browser',
  'backend.rest': 'dem REST-Adapter und dem Referenzserver unter {url}',
  language: 'Sprache',
  theme: 'Design',
  'theme.auto': 'System',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',
  latency: 'Latenz',
  none: 'Keine',
  faults: 'Fehler',
  'faults.10': '10 % der Aufrufe scheitern',
  'faults.30': '30 % der Aufrufe scheitern',
  'faults.offline': 'Offline',
  process: 'Sendungen verarbeiten',
  processTitle: 'Die Plattform verarbeitet jetzt alle offenen Sendungen: Versanddokumente erscheinen',
  reset: 'Daten zurücksetzen',
  resetTitle: 'Zurück zu den Demo-Aufträgen; Ihre Änderungen werden verworfen',
  resetConfirm:
    'Demo-Daten zurücksetzen? Alles, was Sie bestätigt, hochgeladen, versendet oder in Rechnung gestellt haben, wird verworfen.',
  latencyOn: 'Jeder Aufruf dauert jetzt {ms} ms länger.',
  latencyOff: 'Zusätzliche Latenz aus.',
  offline: 'Offline: Jeder Aufruf scheitert.',
  failing: '{percent} % der Aufrufe scheitern.',
  faultsOff: 'Fehler aus.',
  failed: 'Fehlgeschlagen: {reason}',
  resetDone: 'Demo-Daten auf die Ausgangsaufträge zurückgesetzt.',
  processed: 'Die Plattform hat alle offenen Sendungen verarbeitet.',
  home: 'Partwise Startseite',
  supplier: 'Lieferant',
  area: 'Lieferantenbereich',
  dashboard: 'Übersicht',
  jobBoard: 'Ausschreibungen',
  myOrders: 'Meine Aufträge',
  payments: 'Zahlungen',
  messages: 'Nachrichten',
  help: 'Hilfe',
  supplierId: 'Lieferanten-Nr. {id}',
  breadcrumb: 'Brotkrümelnavigation',
  lede: 'Bestätigen Sie die Fertigung, laden Sie Prüfberichte hoch, organisieren Sie den Versand und stellen Sie Ihre Partwise-Aufträge in Rechnung.',
  loadingPortal: 'Das Lieferantenportal wird geladen…',
  notRegistered: 'Das Lieferantenportal ist noch nicht registriert',
  notRegisteredText:
    'Das Backend ist mit {count} Demo-Aufträgen bereit. <supplier-portal> erscheint hier, sobald src/define.ts es registriert.',
  footer: '© Partwise Fertigungsmarktplatz – eine fiktive Host-Plattform.',
  creditBefore: 'Auftragsablauf mit den Webkomponenten von ',
  creditAfter: '.',
};

const fr: DemoMessages = {
  title: 'Mes commandes · Espace fournisseur Partwise',
  skip: 'Aller au contenu',
  runningOn: 'Supplier Flow sur',
  settings: 'Réglages de la démo',
  'backend.memory': 'l’adaptateur mémoire du navigateur',
  'backend.rest': 'l’adaptateur REST et le serveur de référence à {url}',
  language: 'Langue',
  theme: 'Thème',
  'theme.auto': 'Système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  latency: 'Latence',
  none: 'Aucune',
  faults: 'Pannes',
  'faults.10': '10 % des appels échouent',
  'faults.30': '30 % des appels échouent',
  'faults.offline': 'Hors ligne',
  process: 'Traiter les expéditions',
  processTitle:
    'La plateforme traite maintenant toutes les expéditions en attente : les documents d’expédition apparaissent',
  reset: 'Réinitialiser les données',
  resetTitle: 'Retour aux commandes de démonstration ; vos modifications sont perdues',
  resetConfirm:
    'Réinitialiser les données de démonstration ? Tout ce que vous avez confirmé, déposé, expédié ou facturé est perdu.',
  latencyOn: 'Chaque appel prend désormais {ms} ms de plus.',
  latencyOff: 'Latence supplémentaire désactivée.',
  offline: 'Hors ligne : chaque appel échoue.',
  failing: '{percent} % des appels échouent.',
  faultsOff: 'Pannes désactivées.',
  failed: 'Échec : {reason}',
  resetDone: 'Données de démonstration réinitialisées.',
  processed: 'La plateforme a traité toutes les expéditions en attente.',
  home: 'Accueil Partwise',
  supplier: 'Fournisseur',
  area: 'Espace fournisseur',
  dashboard: 'Tableau de bord',
  jobBoard: 'Appels d’offres',
  myOrders: 'Mes commandes',
  payments: 'Paiements',
  messages: 'Messages',
  help: 'Aide',
  supplierId: 'N° fournisseur {id}',
  breadcrumb: 'Fil d’Ariane',
  lede: 'Confirmez la production, déposez les rapports qualité, organisez l’expédition et facturez vos commandes Partwise.',
  loadingPortal: 'Chargement du portail fournisseur…',
  notRegistered: 'Le portail fournisseur n’est pas encore enregistré',
  notRegisteredText:
    'Le backend est prêt avec {count} commandes de démonstration. <supplier-portal> apparaît ici dès que src/define.ts l’enregistre.',
  footer: '© Partwise, place de marché de fabrication — une plateforme hôte fictive.',
  creditBefore: 'Flux de commandes par les composants web ',
  creditAfter: '.',
};

const CATALOG: Readonly<Record<DemoLocale, DemoMessages>> = { en, de, fr };

/** A message of the page in `locale`, with `{name}` filled in. */
export function demoText(
  locale: DemoLocale,
  key: keyof DemoMessages,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return CATALOG[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const isKey = (key: string | undefined): key is keyof DemoMessages => key !== undefined && key in en;

/**
 * Writes the page's chrome in `locale`: every `[data-i18n]` element's text, every `data-i18n-<attribute>`
 * attribute, `<html lang>` and the document title. `params` fills placeholders (`{id}`, `{url}`).
 */
export function translatePage(
  root: Document,
  locale: DemoLocale,
  params: Readonly<Record<string, string | number>> = {},
): void {
  root.documentElement.lang = locale;
  root.title = demoText(locale, 'title');
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    for (const name of element.getAttributeNames()) {
      if (!name.startsWith('data-i18n')) continue;
      const key = element.getAttribute(name) ?? undefined;
      if (!isKey(key)) continue;
      const text = demoText(locale, key, params);
      if (name === 'data-i18n') element.textContent = text;
      else element.setAttribute(name.slice('data-i18n-'.length), text);
    }
  }
}

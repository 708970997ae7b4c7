/**
 * German claims: case-aware subjects of verb-second clauses, documents and bodies as sources,
 * speakers named after the quote, speakers carried over to later quotes (or left out when unsure),
 * one claim per quote, and quoted names, titles and translations that are no quotes. Every text is
 * a real passage from the German Wikinews train split (not dev).
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/claims';
import { extract } from '../../src/pipeline/extract';

interface Simple {
  kind: string;
  text: string;
  mention: string | null;
}

const claims = (text: string): Simple[] =>
  findClaims(text, { lang: 'de' }).map((c) => ({
    kind: c.kind,
    text: c.spans.map((s) => text.slice(s.start, s.end)).join(' … '),
    mention: c.mention?.text ?? null,
  }));

/** The one claim whose content starts with `quoteStart`. */
const claimAt = (text: string, quoteStart: string): Simple => {
  const found = claims(text).filter((c) => c.text.startsWith(quoteStart));
  expect(found, `claims at ${quoteStart}: ${JSON.stringify(claims(text))}`).toHaveLength(1);
  return found[0]!;
};

const direct = (text: string): string[] =>
  claims(text)
    .filter((c) => c.kind === 'direct')
    .map((c) => c.text);

describe('case-aware subjects of verb-second clauses', () => {
  it('a fronted accusative object: the masculine "der …" after the verb is the subject', () => {
    const t =
      'Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der SPD-Vorsitzende Franz Münteferin ebenfalls in Frage: „Die Anwendung der Richtlinie, die ist nicht lebenswirklich. Wer das macht in einer Koalition, der weiß, dass die Koalition zu Ende ist.“';
    expect(claimAt(t, '„Die Anwendung')).toEqual({
      kind: 'direct',
      text: '„Die Anwendung der Richtlinie, die ist nicht lebenswirklich. Wer das macht in einer Koalition, der weiß, dass die Koalition zu Ende ist.“',
      mention: 'der SPD-Vorsitzende Franz Münteferin',
    });
  });

  it('a fronted object with an infinitive clause: the nominative pronoun after the verb', () => {
    const t =
      'Das ägyptische Angebot, palästinensische Verwundete kostenlos in ägyptischen Krankenhäusern behandeln zu lassen, lehnt er jedoch ab: „Ägypten sollte alle Palästinenser ohne wenn und aber einreisen lassen. Nur Kranke und Verletzte – das lasse ich nicht zu.“';
    expect(claimAt(t, '„Ägypten').mention).toBe('er');
  });

  it('a fronted adverb ("Aktuell", "Passend zu …"): the subject after the verb, with its genitive', () => {
    const a =
      'Aktuell lässt sie dort - offenbar durch ihre Rechtsanwälte - Folgendes zu ihrer Person erklären: „Mitte der 1990er Jahre unternahm sie den Versuch, auf dem zweiten Bildungsweg das Abitur nachzuholen und so zumindest einen Teil ihrer biografischen Falschangaben zu heilen.“';
    expect(claimAt(a, '„Mitte').mention).toBe('sie');
    const p = 'Passend zu den Gefahren des Eises warnte die Moderatorin eines Lokalsenders: „Auf dem Eis kann es glatt sein.“';
    expect(claimAt(p, '„Auf dem Eis').mention).toBe('die Moderatorin eines Lokalsenders');
  });

  it('a fronted dative phrase ("Gegenüber dem Tagesspiegel") is never the subject', () => {
    const t =
      'Die Linkspartei hatte bisher immer ein militärisches Engagement der Bundeswehr im Ausland abgelehnt. Gegenüber dem Tagesspiegel sagte der Linkspolitiker: „Es ist so, wie Sarkozy das sagt: Man kommt mit Militär an und verteilt die Güter.“';
    expect(claimAt(t, '„Es ist so').mention).toBe('der Linkspolitiker');
  });
});

describe('documents and bodies as sources ("heißt es in …")', () => {
  it('„…“, heißt es in dem Schreiben', () => {
    const t =
      '„Wir möchten Sie dringend auffordern, dafür Sorge zu tragen, dass die genannten menschenverachtenden Lieder nicht zur Aufführung kommen und dass der Interpret auf der Bühne keine Aussagen macht, die den Tatbestand der Volksverhetzung erfüllen“, heißt es in dem LSVD-Schreiben an Staatsanwaltschaft, Polizei und Veranstalter.';
    expect(claimAt(t, '„Wir möchten')).toMatchObject({ kind: 'direct', mention: 'dem LSVD-Schreiben' });
  });

  it('In dem Antrag heißt es wörtlich: „…“', () => {
    const t =
      'In dem Antrag heißt es wörtlich: „Die Aufhebung der Einstufung von kurdischen Organisationen als kriminelle Vereinigung, insbesondere der Arbeiterpartei Kurdistans PKK, wäre ein weiterer Beitrag der Bundesregierung für den Frieden in der Region.“';
    expect(claimAt(t, '„Die Aufhebung')).toMatchObject({ kind: 'direct', mention: 'dem Antrag' });
  });

  it('„…“, hieß es vom Abgeordneten … (with its genitive attribute)', () => {
    const t =
      'Behörden schätzen die Sprengkraft auf die von 200 bis 300 Gramm Dynamit. „Alle Anzeichen deuteten auf einen Terroranschlag hin“, hieß es vom Abgeordneten des russischen Föderationsrates Viktor Oserow.';
    expect(claimAt(t, '„Alle Anzeichen').mention).toBe('Abgeordneten des russischen Föderationsrates Viktor Oserow');
  });

  it('Zitat von X: „…“', () => {
    const t =
      'Schröder zeigte sich in Siegerpose und wurde von einer tobenden Menge zunächst nicht zu Wort gelassen. Zitat von Schröder: „Wir haben etwas erreicht, was viele für völlig unmöglich gehalten haben.“';
    expect(claimAt(t, '„Wir haben').mention).toBe('Schröder');
  });
});

describe('speakers named after the quote', () => {
  it('„…“, so urteilte X / „…“, schrieb „Die Zeit“', () => {
    const r =
      'Mit 46,7 Prozent der Stimmen hat Ex-Gouverneur von Massachusetts Mitt Romney die Vorwahl der Republikanischen Partei in Illinois für sich entschieden. Ein „außerordentlicher Sieg“, so urteilte Romney selbst über seinen Erfolg in dem Bundesstaat im Mittleren Westen.';
    expect(claimAt(r, '„außerordentlicher')).toMatchObject({ kind: 'direct', mention: 'Romney' });
    const z =
      'Die letzten 30 Jahre verbrachte Barrett in vollkommener Isolation.\n\n„Er ist der kreative Kopf, der in Erinnerung geblieben ist. Der Künstler. Der vor der Zeit ging“,      schrieb „Die Zeit“ in einem Nachruf.';
    expect(claimAt(z, '„Er ist').mention).toBe('„Die Zeit“');
  });

  it('„…“, so letztere — and the next quote goes on with that speaker', () => {
    const t =
      '„Während wir Menschen den Sommer mit Sonne und Hitze genießen, geht das Elend von unzähligen Füchsen, Nerzen und anderen Tieren in ihren winzigen, verdreckten Käfigen in den Zuchtanlagen ohne Unterbrechung weiter.“, so letztere. „Durch Hitze, Regen und allen Wetterextremen wird das Leiden sogar noch verstärkt.“';
    expect(claimAt(t, '„Während').mention).toBe('letztere');
    expect(claimAt(t, '„Durch Hitze').mention).toBe('letztere');
  });

  it('Wie X, apposition, ausführte, … „…“', () => {
    const t =
      'Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es durch die Ausführung der Anschläge „ein ungeheures Blutbad gegeben mit einer unübersehbaren Vielzahl von Toten und Verletzten vornehmlich unter US-amerikanischen Armeeangehörigen“.';
    expect(claimAt(t, '„ein ungeheures').mention).toBe('der Vorsitzende Richter');
  });

  it('an attribution closing the sentence after the quote: ", sagte X" / ", hatte X damals gesagt"', () => {
    const k =
      'Sie wisse, dass ihre Arbeit „nicht frei von Schwächen, nicht selten ungenau, oberflächlich und manchmal geradezu fehlerhaft“ sei, hatte Koch-Mehrin damals gesagt und auf die Beurteilung der Arbeit durch ihren Doktorvater verwiesen, doch „zur guten wissenschaftlichen Praxis gehört es … auch, eine vorgelegte Arbeit ordentlich zu prüfen“.';
    expect(claimAt(k, '„nicht frei').mention).toBe('Koch-Mehrin');
    const q =
      'Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den Familien und Freunden derjenigen zu übermitteln, die getötet wurden“. Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin, ihre „Gedanken sind bei allen, die von diesem grässlichen Ereignis betroffen sind“.';
    expect(claimAt(q, '„vollkommen').mention).toBe('die britische Königin');
  });

  it('a source right before the quote ("laut X „…“") wins over the clause after it', () => {
    const t =
      'Nachdem die künstliche Befruchtung ihren Weg in die Praxis gefunden hat und man damit laut Klinikdirektor Prof. Dr. Matthias W. Beckmann „jetzt Paaren helfen [kann], deren Behandlung vor 30 Jahren kaum denkbar war“, suchen die Reproduktionsforscher an der Erlanger Universitätsklinik inzwischen nach einem Weg, der es jungen krebskranken Frauen ermöglichen soll, eigene Kinder zu bekommen.';
    expect(claimAt(t, '„jetzt Paaren').mention).toBe('Klinikdirektor Prof. Dr. Matthias W. Beckmann');
  });
});

describe('quoted words inside a longer claim: the nearest cue speaks', () => {
  it('a second cue with its own subject after a comma takes its quote', () => {
    const t =
      'Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.';
    expect(claimAt(t, '„überzogen').mention).toBe('Miroslav Klose');
    expect(claimAt(t, '„übertrieben').mention).toBe('Bundestrainer Joachim Löw');
  });

  it('"…, indem er sagte, … „…“": the subject of the inner cue', () => {
    const t =
      'Sarkozy bestritt diese Überlegungen jedoch indirekt, indem er sagte, eine stärkere britisch-französische Zusammenarbeit würde eine „Achse Berlin-Paris“ nicht ersetzen, sondern vervollständigen.';
    expect(claimAt(t, '„Achse')).toMatchObject({ kind: 'direct', mention: 'er' });
  });

  it('no mixed claim around a quote after a colon or "als", or around its own speaker: the quote is all', () => {
    for (const [t, q] of [
      ['Der 23-jährige Sportler gab bekannt: „Ich war an keiner Schlägerei beteiligt. Folglich habe ich auch keinen Gast des Lokals verletzt.“', '„Ich war'],
      ['Der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré, nannte dies einen „Militärputsch“.', '„Militärputsch'],
      ['Milinkewitsch kritisierte die Handlungsweise Kozulins, der zum Sturm des Gefängnisses aufgerufen haben soll, als „Provokation, die der Staatsmacht sehr gelegen kam“.', '„Provokation'],
    ]) {
      expect(claims(t!).map((c) => c.kind)).toEqual(['direct']);
      expect(claimAt(t!, q!).kind).toBe('direct');
    }
  });

  it('"Sie sei „…“ …, sagte die britische Königin, ihre „…“": the subject after the inverted cue, not the pronoun before', () => {
    const t =
      'Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den Familien und Freunden derjenigen zu übermitteln, die getötet wurden“. Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin, ihre „Gedanken sind bei allen, die von diesem grässlichen Ereignis betroffen sind“.';
    expect(claimAt(t, '„Gedanken')).toMatchObject({ kind: 'direct', mention: 'die britische Königin' });
    expect(claimAt(t, '„tiefe').mention).toBe('Das Staatsoberhaupt Neuseelands');
  });

  it('the reported clause around quoted words is a mixed claim too, as the corpus annotates both', () => {
    const t =
      'Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte, dass der gescheiterte NPD-Verbotsantrag „keine Vorentscheidung“ für ein weiteres Verbotsverfahren sei.';
    expect(claims(t)).toEqual([
      { kind: 'mixed', text: 'dass der gescheiterte NPD-Verbotsantrag „keine Vorentscheidung“ für ein weiteres Verbotsverfahren sei', mention: 'Hans-Jürgen Papier' },
      { kind: 'direct', text: '„keine Vorentscheidung“', mention: 'Hans-Jürgen Papier' },
    ]);
  });
});

describe('the subject of the main clause before the speaker of a claim before', () => {
  it('"X begründete die Forderung damit, dass … „…“ getroffen habe"', () => {
    const t =
      'Während sich die Opposition bisher mit Kritik am Präsidenten zurückgehalten hat, fordert die „Neue Rechte“ seit gestern den Rücktritt von Micheil Saakaschwili. David Gamkrelids, der Parteivorsitzende, begründete die Forderung damit, dass Saakaschwili „ohne Vernunft, eigenmächtig und verantwortungslos die Entscheidung zur Bombardierung Zchinwalis“ getroffen habe.';
    expect(claimAt(t, '„ohne Vernunft').mention).toBe('David Gamkrelids');
  });
});

describe('one claim per quote', () => {
  it('„A“, so X. „B“ are two quotes of the same speaker (as the German corpus annotates them)', () => {
    const t =
      '„Der Bär ist zu einem Problembären geworden“, so Schnappauf. „Der Bär ist ganz offensichtlich außer Rand und Band.“ Der Abschuss soll laut Schnappauf aus Sicherheitsgründen erfolgen.';
    const quotes = claims(t).filter((c) => c.kind === 'direct');
    expect(quotes).toEqual([
      { kind: 'direct', text: '„Der Bär ist zu einem Problembären geworden“', mention: 'Schnappauf' },
      { kind: 'direct', text: '„Der Bär ist ganz offensichtlich außer Rand und Band.“', mention: 'Schnappauf' },
    ]);
  });
});

describe('carry-over to later quotes, and no speaker when unsure', () => {
  const SCHAAR =
    'Peter Schaar, als Bundesbeauftragter für den Datenschutz und die Informationsfreiheit oberster Datenschützer in Deutschland, übte ebenfalls Kritik an den Plänen. Er bezeichnete die Pläne als „Wortbruch“. Bisher habe die Bundesregierung die Einrichtung einer „zentralisierte[n] Referenzdatei“ ausgeschlossen.';

  it('a quoted noun after "als" beside a cue is a quote; the subjunctive sentence after it goes on with its speaker', () => {
    expect(claimAt(SCHAAR, '„Wortbruch')).toMatchObject({ kind: 'direct', mention: 'Er' });
    expect(claimAt(SCHAAR, '„zentralisierte')).toMatchObject({ kind: 'direct', mention: 'Er' });
  });

  it('the pipeline resolves the carried pronoun to the person named before', () => {
    const statements = extract(SCHAAR, { lang: 'de' }).statements.filter((s) => s.kind === 'direct');
    expect(statements.map((s) => s.speaker?.name ?? null)).toEqual(['Peter Schaar', 'Peter Schaar']);
  });

  it('a noun subject beside "sei" is no speaker: the quote stays unattributed', () => {
    const t =
      'Demnach steht insbesondere der Air-France-Kopilot in der Schusslinie, der bei der Landung am Steuer saß. Er hätte den Jet definitiv zu spät auf die Rollbahn aufgesetzt. Der Airbus sei erst „weit hinter der normalen Aufsetzzone“ zu Boden gebracht worden.';
    expect(claimAt(t, '„weit hinter')).toEqual({ kind: 'direct', text: '„weit hinter der normalen Aufsetzzone“', mention: null });
  });

  it('the relative pronoun of a relative clause is no speaker', () => {
    const t =
      'In der Süddeutschen Zeitung erschien ein Kommentar, der die Entscheidung des Nobelkomitees als „nicht nachzuvollziehende Verirrung von sechs Juroren“ bezeichnet, denen jedes Gefühl für Realismus und jede Urteilskraft abhanden gekommen sei.';
    const c = claimAt(t, '„nicht nachzuvollziehende');
    expect(c.kind).toBe('direct');
    expect(c.mention ?? '').not.toMatch(/^der die|Nobelkomitee/);
  });
});

describe('a subjunctive only in a clause after the quote carries no speaker over', () => {
  it('"X will „…“, ob … solle": the subject before the quote, not the speaker of the sentence before', () => {
    const t =
      'Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verbotsfahren möglich sei. Er geht allerdings davon aus, dass im Vorfeld oder während des Verfahrens die V-Leute aus den Führungsgremien der Partei abgezogen werden.\n\nAuch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein neues NPD-Verbot angestrebt werden solle.';
    expect(claimAt(t, '„in den kommenden').mention).toBe('der innenpolitische Sprecher der Fraktion der SPD');
  });
});

describe('an abstract fronted object is no speaker', () => {
  it('"Jegliche Mitverantwortung … weist Hartmann von sich: „…“"', () => {
    const t =
      'Jegliche Mitverantwortung für die Finanzaffäre im Bezirk Weser-Ems der SPD weist Hartmann von sich: „Diese Verantwortung kann meines Erachtens nur der Vorsitzende übernehmen und nicht die ehemalige Lebensgefährtin des Geschäftsführers.“';
    expect(claimAt(t, '„Diese Verantwortung')).toMatchObject({ kind: 'direct', mention: 'Hartmann' });
  });
});

describe('"Seine Zuversicht …: „…“" speaks with the speaker just before', () => {
  it('an abstract subject with a possessive carries the recent speaker over', () => {
    const t =
      'In einem Interview äußerte sich der EU-Außenbeauftragte Javier Solana jedoch zuversichtlich: „Ich gehe davon aus, dass eine Einigung gelingen wird.“ Seine Zuversicht gründet sich auf entsprechende Erfahrungen mit der Türkeifrage: „Entscheidungen, die die Türkei betreffen, sind auch in der Vergangenheit immer erst in letzter Minute getroffen worden.“';
    expect(claimAt(t, '„Ich gehe').mention).toBe('der EU-Außenbeauftragte Javier Solana');
    expect(claimAt(t, '„Entscheidungen')).toMatchObject({ kind: 'direct', mention: 'der EU-Außenbeauftragte Javier Solana' });
  });
});

describe('"sie" after the verb is the object when the fronted "der" noun is masculine', () => {
  it('"Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“"', () => {
    const t =
      'Kritik an der Studie kam vom Deutschen Zentralverein homöopathischer Ärzte und vom Bundesverband der Pharmazeutischen Industrie (BPI). Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“ und verwies auf Studien der Berliner Charité, nach denen Homöopathie der Schulmedizin oft ebenbürtig sei.';
    expect(claimAt(t, '„fahrlässig').mention).toBe('Der Hauptgeschäftsführer des BPI');
    // …and a masculine noun in -e is no dative either (constructed).
    expect(claimAt('Der Experte nannte sie „fahrlässig“ und verwies auf Studien.', '„fahrlässig').mention).toBe('Der Experte');
  });
});

describe('a participle phrase inside the speaker after the quote', () => {
  it('"„…“, schrieb die in New York City geborene Lopez, …"', () => {
    const t =
      '„Jetzt ist es noch außergewöhnlicher, weil die NFL 100 Jahre besteht und ich mit einer anderen Latina performen werde“, schrieb die in New York City geborene Lopez, die den Auftritt mit der Kolumbianerin Shakira kaum erwarten könne, um „zu zeigen, was wir Mädchen auf der größten Bühne der Welt tun können“.';
    expect(claims(t).find((c) => c.kind === 'direct' && c.text.startsWith('„Jetzt'))?.mention).toBe('die in New York City geborene Lopez');
    // The sentence opens with a quote of its own: no mixed claim over it beside the quote.
    expect(claimAt(t, '„Jetzt').kind).toBe('direct');
  });
});

describe('reported speech going on around a quote is a mixed claim', () => {
  it('"Damit seien „…“": the subjunctive sentence, with the speaker carried over', () => {
    const t =
      'Stoiber begründete seinen Rückzug mit einer „veränderten Lage“ nach dem Abgang von SPD-Parteichef Franz Müntefering. Damit seien „der Kurs und die Berechenbarkeit der SPD nicht mehr so klar“. Auch habe sich durch die „veränderte Statik“ innerhalb der großen Koalition die Grundlage für seine Bereitschaft zum Eintritt in die neue Bundesregierung geändert.';
    expect(claimAt(t, 'Damit seien')).toEqual({ kind: 'mixed', text: 'Damit seien „der Kurs und die Berechenbarkeit der SPD nicht mehr so klar“', mention: 'Stoiber' });
    expect(claimAt(t, '„der Kurs')).toMatchObject({ kind: 'direct', mention: 'Stoiber' });
  });

  it('"führte X aus, dass … „…“ gewesen sei": the "dass" clause around the quote', () => {
    const t =
      'Zu dem gegenwärtigen Korruptionsskandal führte Elshorst aus, dass ein System von Schmiergeldzahlungen „Ende der 90er Jahre in der gesamten Wirtschaft üblich“ gewesen sei.';
    expect(claimAt(t, 'dass ein System')).toEqual({
      kind: 'mixed',
      text: 'dass ein System von Schmiergeldzahlungen „Ende der 90er Jahre in der gesamten Wirtschaft üblich“ gewesen sei',
      mention: 'Elshorst',
    });
  });
});

describe('quoted names, titles, addresses and translations are no quotes', () => {
  it.each([
    ['a web address', 'In der Nacht vom 10. zum 11. Januar 2006 unterlief dem Online-Händler „amazon.de“ eine Panne bei der Preisauszeichnung.'],
    [
      'a Latin species name',
      'Eine weitere erhebliche Bedrohung gehe vom Bakterium „Klebsiella pneumoniae“ aus, das für den Tod von 320.000 Kleinkindern und Ungeborenen in den Entwicklungsländern verantwortlich gemacht wird.',
    ],
    [
      'a title right after the noun it names',
      'Am 01.02.2006 wird man Fred Delmare noch einmal als „Opa Friedrich“ in der 296. Folge der erfolgreichen ARD-Fernsehserie „In aller Freundschaft“ sehen können, doch er selbst wird dies wohl nicht mehr bewusst wahrnehmen können.',
    ],
    [
      'a French name',
      'Insbesondere die französische „L’Alliance pour la Planète“, aber auch andere Umweltschutzorganisationen hatten dazu aufgerufen, von 19:55 bis 20:00 Uhr anlässlich des bevorstehenden IPCC-Klimaberichts für fünf Minuten den Strom abzuschalten.',
    ],
    [
      'a translation in parentheses',
      'Nach Angaben der Gesundheitsbehörden in Gaza (Stadt) beläuft sich die Zahl der Toten durch die israelischen Luftangriffe der Operation „Cast Lead“ („gegossenes Blei“) inzwischen auf insgesamt 384, darunter laut UNO-Angaben 62 Zivilisten.',
    ],
    [
      'a name: „…“, so lautet der Titel',
      '„Gewalt gegen Kinder“, so lautet der Titel einer Studie, die heute vom Kinderhilfswerk der Vereinten Nationen (UNICEF) in Berlin vorgestellt wurde.',
    ],
    [
      'wiki markup in double apostrophes',
      "''Titanoboa cerrejonensis'' ist der Name der wahrscheinlich größten Riesenschlange, die jemals auf der Erde existiert hat - das beschreiben Forscher der University of Toronto und des Florida Museum of Natural History in der aktuellen Ausgabe der Nature.",
    ],
    [
      'a scare-quoted word with no speaker, cue or reported speech',
      'Nach einem Sieg in der ersten Runde gegen den Club Bouliste Monegasque aus Monaco müssen die Hessen allerdings „nur“ noch bei der Pétanque Union Kennemerland Haarlem (Niederlande)  gewinnen.',
    ],
  ])('%s', (_, text) => {
    expect(direct(text)).toEqual([]);
  });
});

describe('round 2: word order after a closed quote, inverted cues', () => {
  it('"X erklärte" after a quote closed by ".“" opens a new sentence: it is not the quote\'s attribution', () => {
    const t =
      'Der deutsche Außenminister Guido Westerwelle erklärte: „Wir Deutsche werden uns auch international nicht an einem Krieg in Libyen beteiligen.“ Der französische Premierminister François Fillon erklärte, sein Land plane konkrete militärische Operationen gegen Libyen.';
    expect(claimAt(t, '„Wir Deutsche').mention).toBe('Der deutsche Außenminister Guido Westerwelle');
    expect(claimAt(t, 'sein Land plane')).toEqual({
      kind: 'indirect',
      text: 'sein Land plane konkrete militärische Operationen gegen Libyen',
      mention: 'Der französische Premierminister François Fillon',
    });
  });
});

describe('round 2: German cues (warf … vor, begründete, skandierten, verurteilte, geschrieben)', () => {
  it('"X warf der Regierung vor, dass …" / "Er begründete das damit, dass …": reported speech of the subject', () => {
    const a =
      'Der oppositionelle Abgeordnete Héctor Lacognata warf der Regierung vor, dass die offiziellen Zahlen geschönt seien.';
    expect(claimAt(a, 'dass die offiziellen')).toEqual({
      kind: 'indirect',
      text: 'dass die offiziellen Zahlen geschönt seien',
      mention: 'Der oppositionelle Abgeordnete Héctor Lacognata',
    });
    const b =
      'Premierminister Cameron will mit einem neuen Gesetz gegen bestimmte Internetdienste vorgehen. Er begründete das damit, dass in seinem Land den Menschen nicht erlaubt werden solle, bestimmte Kommunikationstechniken zu benutzen, welche die Regierung nicht entziffern kann.';
    expect(claimAt(b, 'dass in seinem Land').mention).toBe('Er');
  });

  it('"… skandierten dabei Parolen wie „…“": the chanting subject speaks', () => {
    const t =
      'Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten vom Frankfurter Hauptbahnhof bis zur Paulskirche und skandierten dabei Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ oder „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“.';
    expect(claimAt(t, '„Vorratsdatenspeicherung').mention).toBe('die Demonstranten');
  });

  it('"X verurteilte …" names the speaker of the quote that follows', () => {
    const t =
      'Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung bezüglich des Nahen Ostens. „Diese Regierung hat einige große Erfolge in der Außenpolitik zu verzeichnen, die geholfen haben, die Welt zu verbessern. Aber die gegenwärtige Politik bezüglich des Nahen Ostens wird von fast jedem, mit dem ich mich unterhalte, als unfair und ungerecht angesehen.“';
    expect(claimAt(t, '„Diese Regierung').mention).toBe('Sadiq Khan');
  });

  it('"… haben X in einem offenen Brief geschrieben, dass …" (participle of schreiben)', () => {
    const t = 'Einige der einflussreichsten britischen Moslems im Vereinigten Königreich haben Premierminister Tony Blair gestern in einem offenen Brief geschrieben, dass die britische Außenpolitik dringend geändert werden müsse.';
    expect(claimAt(t, 'dass die britische').mention).toBe('Einige der einflussreichsten britischen Moslems');
  });
});

describe('round 2: the clause before a colon, reported speech going on', () => {
  it('a reported or infinitive clause before the colon: the main clause\'s subject speaks', () => {
    const a =
      'Der Gentechnik-Experte von Greenpeace, Martin Hoffstetter, wandte sich gegen die Behauptung, die gentechnisch veränderte Kartoffelsorte werde nicht in die menschliche Nahrung gelangen: „Wo Genpflanzen angebaut werden, tauchen sie über kurz oder lang auch in Lebensmitteln auf.“';
    expect(claimAt(a, '„Wo Genpflanzen').mention).toBe('Der Gentechnik-Experte');
    const b =
      'Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns hat deutlich weniger Hemmungen, seine Sympathien für die kurdische Arbeiterpartei öffentlich zu zeigen: „Wir sind der Meinung, dass die PKK einen völkerrechtlich legitimen Kampf für die demokratischen Rechte der Kurden führt.“';
    expect(claimAt(b, '„Wir sind der Meinung').mention).toBe('Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns');
  });

  it('a sentence in the subjunctive ("Es drohe „…“") goes on with the speaker before', () => {
    const t =
      'Künast sagte, es müsse nun Schluss sein mit „gegenseitigen Schuldzuweisungen, Hinhalten und Blockaden“. Es drohe „eine dramatische Erderwärmung von bis zu sechs Grad, die nur durch sofortiges Umsteuern abgewendet werden kann“.';
    expect(claimAt(t, '„eine dramatische').mention).toBe('Künast');
  });
});

describe('round 2: the nearest source of a quote', () => {
  it('a colon ends an earlier cue\'s reach: „…“, so X after "…: …" goes to X', () => {
    const t =
      'Zwar würde sie dem Angeklagten „persönlich“ durchaus eine Bewährung zubilligen, zumal Verteidiger Wolfgang Dingfelder immer wieder betont hatte, der Angeklagte sei weder „dissozial“, „noch hätte er sich jemals etwas zu schulden kommen lassen“, doch die Richterin ließ sich auf keinen Kompromiss ein: Eine Bewährungsstrafe sei der Bevölkerung nicht vermittelbar, „wenn jemand mit 1,9 Promille einen Radfahrer zusammenfährt“, so Ute Bader.';
    expect(claimAt(t, '„wenn jemand').mention).toBe('Ute Bader');
    expect(claimAt(t, '„dissozial“').mention).toBe('Verteidiger Wolfgang Dingfelder');
  });

  it('of two sources in the sentence, the one nearer the quote ("nach Bewertung von …")', () => {
    const t =
      'Nach Angaben des Berliner Verfassungsschutzes soll es sich bei seinen SMS-Nachrichten um eine besonders offensive Art von Missionierungsbemühungen handeln, die jedoch nach Bewertung von Polizei und Staatsanwaltschaft „keinen Anlass für strafrechtliche Maßnahmen“ hergibt, mit der Ergänzung „noch nicht“.';
    expect(claimAt(t, '„keinen Anlass').mention).toBe('Bewertung von Polizei');
  });

  it('an accusative after "wie" is a comparison, not a source: "nach Meinung des X" is', () => {
    const t =
      'Maßnahmen wie den Einsatz automatischer Kennzeichenlesegeräte stellen nach Meinung des SPD-Politikers „einen stärkeren Eingriff in die Grundrechte der Bürgerinnen und Bürger dar, deren Ergebnisse – nach unserer Einschätzung – diese steigende Intensität nicht rechtfertigen können“.';
    expect(claimAt(t, '„einen stärkeren').mention).toBe('Meinung des SPD-Politikers');
  });
});

describe('round 2: what follows a quote is no attribution', () => {
  it('"„…“, ob …" opens a clause of its own: the subject before the quote speaks', () => {
    const t =
      'Auch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein neues NPD-Verbot angestrebt werden solle.';
    expect(claimAt(t, '„in den kommenden').mention).toBe('der innenpolitische Sprecher der Fraktion der SPD');
  });
});

describe('round 2: the agent of a passive naming "als „…“"', () => {
  it('"werden von X als „…“ bezeichnet" / "wird … vom X als „…“ eingestuft": X', () => {
    expect(claimAt('Seine Werke werden von Musikkennern als „Meilensteine in der Musikgeschichte“ bezeichnet.', '„Meilensteine').mention).toBe('Musikkennern');
    const t = 'Insbesondere in weiten Teilen Norddeutschlands wird die Gefahr von Waldbränden vom Deutschen Wetterdienst als „sehr hoch“ eingestuft.';
    expect(claimAt(t, '„sehr hoch“').mention).toBe('Deutschen Wetterdienst');
  });
});

describe('round 2: appositions and documents before a colon', () => {
  it('"X tat Y, die Sprecherin …, Sandra Boser (GRÜNE), erklärte: „…“": the apposition run\'s head speaks', () => {
    const t =
      'Kulturministerin Susanne Eisenmann (CDU) wies diese Behauptung zurück, die bildungspolitische Sprecherin der führenden Regierungsfraktion, Sandra Boser (GRÜNE), erklärte:  „Neiddebatten sind völlig fehl am Platz und schaden allen.“';
    expect(claimAt(t, '„Neiddebatten').mention).toBe('die bildungspolitische Sprecherin der führenden Regierungsfraktion');
  });

  it('"steht in dem Gesetzentwurf … der Passus: „…“": the document', () => {
    const t =
      'Derzeit steht deshalb in dem Gesetzentwurf für ein neues Passgesetz noch der Passus: „Die bei der Passbehörde gespeicherten Fingerabdrücke sind spätestens nach der Aushändigung des Passes an den Passbewerber zu löschen.“';
    expect(claimAt(t, '„Die bei der Passbehörde').mention).toBe('dem Gesetzentwurf');
  });
});

describe('round 2: "Aus X hieß es"', () => {
  it('the place or body after "aus" is the source of the reported quote', () => {
    const t =
      'Das Weiße Haus verlangte einen umgehenden Rückzug der sudanesischen Regierungstruppen. Aus Paris hieß es, das Vorgehen Khartums sei „eine schwerwiegende Verletzung“ des Friedensabkommens.';
    expect(claimAt(t, '„eine schwerwiegende').mention).toBe('Paris');
  });
});

describe('round 2: more German cues (bezweifeln, appellieren, verweisen, befürchten)', () => {
  it('each opens reported speech of its subject', () => {
    expect(claimAt('Freizeitforscher bezweifeln aber, dass so viele Besucher das Urlaubsland besuchen werden.', 'dass so viele').mention).toBe('Freizeitforscher');
    expect(claimAt('An die Regierung Myanmars appellierte sie, den Hilfsorganisationen größere Unterstützung zukommen zu lassen.', 'den Hilfsorganisationen').mention).toBe('sie');
    expect(claimAt('Ein Militärsprecher verwies auf die schlechten Wetterbedingungen und möchte zum jetzigen Zeitpunkt keine Ursache ausschließen.', 'Ein Militärsprecher verwies').mention).toBe('Ein Militärsprecher');
    expect(claimAt('Hilfsorganisationen befürchten, dass weit mehr Menschen durch die Katastrophe getötet worden sein könnten.', 'dass weit mehr').mention).toBe('Hilfsorganisationen');
  });
});

describe('round 2: a one-word lead-in before a colon ("Und: „…“")', () => {
  it('goes on with the speaker of the quote before', () => {
    const t =
      'UN-Generalsekretär Ban Ki-moon erhielt die Kurzfassung des Dokuments in Valencia als Erster überreicht. Er äußerte sich nach einem ersten Blick in die Unterlagen mit den Worten: „Die Nachricht kann nicht einfacher sein.“ Und: „Die Gefahren sind real und können einfach bekämpft werden.“';
    expect(claimAt(t, '„Die Gefahren').mention).toBe('Er');
  });
});

describe('round 3: months, clause-opening adverbs and fronted verbs are no speakers', () => {
  it('a month after a date ("bis zum 17. Mai „…“") leaves the quote unattributed, but kept', () => {
    const t =
      'Beide Seiten hatten vereinbart, aus der umstrittenen Region bis zum 17. Mai „alle nichtautorisierten Truppen“ zurückzuziehen.';
    expect(claimAt(t, '„alle nichtautorisierten').mention).toBeNull();
  });
  it('"Ab 1939" and "Besonders" open a clause without being its subject', () => {
    const ab =
      'Ab 1939 musste an jedem Volksempfänger ein Zettel kleben, auf dem geschrieben stand: „Denke daran: Das Abhören ausländischer Sender ist ein Verbrechen gegen die nationale Sicherheit unseres Volkes.“';
    expect(claimAt(ab, '„Denke daran').mention).not.toBe('Ab');
    const besonders =
      'Besonders unangenehm musste es für die Kammer gewesen sein, dass auch Sachkundige ohne Aktenkenntnis und aus der Ferne „häufig aber auf der Grundlage unvollständiger und fehlerhafter Medienberichte“ ihre Meinung dezidiert kund taten.';
    expect(claimAt(besonders, '„häufig aber').mention).not.toBe('Besonders');
  });
  it('a fronted verb before its pronoun ("Kämen sie dem nicht nach, so „…“") is no subject', () => {
    const t =
      'Der Bürgermeister von New Orleans forderte alle Bewohner seiner Stadt, welche in dieser Woche bereits in ihre Häuser zurückkehrten, zu sofortigem Rückzug auf. Kämen sie dem nicht nach, so „schütze sie Gott“.';
    expect(claimAt(t, '„schütze sie Gott').mention).not.toBe('Kämen');
  });
});

describe('round 3: abstract nouns head no speaker', () => {
  it('"Seine Zuversicht gründet sich auf …: „…“" does not make "Seine Zuversicht" the speaker', () => {
    const t =
      'In einem Interview äußerte sich der EU-Außenbeauftragte Javier Solana jedoch zuversichtlich: „Ich gehe davon aus, dass eine Einigung gelingen wird.“ Seine Zuversicht gründet sich auf entsprechende Erfahrungen mit der Türkeifrage: „Entscheidungen, die die Türkei betreffen, sind auch in der Vergangenheit immer erst in letzter Minute getroffen worden.“';
    expect(claimAt(t, '„Entscheidungen').mention).not.toBe('Seine Zuversicht');
  });
  it('"Die Pflichten der Union … seien … festgelegt: „…“" and "fand sich … die Feststellung „…“"', () => {
    const pflichten =
      'Die Pflichten der Union und ihrer Mitgliedsstaaten seien im Vertrag und in der Grundrechtecharta der Europäischen Union klar festgelegt: „Daraus ergibt sich unzweideutig, dass nationales Recht dem Europäischen Recht nicht widersprechen darf.“';
    expect(claimAt(pflichten, '„Daraus').mention).not.toBe('Die Pflichten der Union');
    const feststellung =
      'In der Zeitung fand sich dazu die Feststellung „Mit diesem Ziel stellt die Münstersche Zeitung mit dieser Montagsausgabe ihre redaktionelle Produktion auf neue Beine“.';
    expect(claimAt(feststellung, '„Mit diesem Ziel').mention).not.toBe('die Feststellung');
  });
});

describe('round 3: a relative clause "…, welche/der … als „…“ bezeichnete" speaks through its antecedent', () => {
  it('the noun phrase before the relative pronoun is the speaker', () => {
    const cern =
      'Dabei hatten die Hacker Zugriff auf die Website www.cmsmon.cern.ch; die Hacker hinterließen dort angeblich eine griechische Botschaft, welche die Sicherheitstechniker am CERN als „einen Haufen von Schulkindern“ bezeichnete.';
    expect(claimAt(cern, '„einen Haufen').mention).toBe('eine griechische Botschaft');
    const kommentar =
      'In der Süddeutschen Zeitung erschien ein Kommentar, der die Entscheidung des Nobelkomitees als „nicht nachzuvollziehende Verirrung von sechs Juroren“ bezeichnet, denen jedes Gefühl für Realismus und jede Urteilskraft abhanden gekommen sei.';
    expect(claimAt(kommentar, '„nicht nachzuvollziehende').mention).toBe('ein Kommentar');
  });
});

describe('"so" after a quote', () => {
  it('before a naming verb names a thing: no claim (constructed)', () => {
    expect(claims('„Nordlicht“, so heißt das neue Programm der Stadtwerke für Solaranlagen.')).toEqual([]);
  });
  it('before a speaker inverts the attribution (constructed)', () => {
    expect(claimAt('„Wir bleiben bei unserem Plan“, so der Bürgermeister am Montag.', '„Wir bleiben')).toMatchObject({ kind: 'direct', mention: 'der Bürgermeister' });
  });
});

describe('round 4: "laut X", "nach Angaben von X", "X zufolge" without a comma', () => {
  it('at the sentence start, the content runs from the finite verb after the source', () => {
    const laut =
      'Laut SPIEGEL ONLINE sollen einige Widerstandskämpfer vor allem zu Beginn des Krieges Schwarze gejagt haben, die sie für mutmaßliche Gaddafi-Söldner gehalten hätten.';
    expect(claims(laut)).toEqual([
      { kind: 'indirect', text: 'sollen einige Widerstandskämpfer vor allem zu Beginn des Krieges Schwarze gejagt haben, die sie für mutmaßliche Gaddafi-Söldner gehalten hätten', mention: 'SPIEGEL ONLINE' },
    ]);
    const angaben = 'Nach Auffassung Österreichs soll im Verhandlungsmandat der EU die Vollmitgliedschaft nicht direkt erwähnt werden.';
    expect(claimAt(angaben, 'soll im')).toEqual({ kind: 'indirect', text: 'soll im Verhandlungsmandat der EU die Vollmitgliedschaft nicht direkt erwähnt werden', mention: 'Auffassung Österreichs' });
    const zufolge = 'Offiziellen Angaben zufolge wurden 34.273 Menschen durch den Sturm und die anschließende Überschwemmung getötet.';
    expect(claimAt(zufolge, 'wurden').mention).toBe('Offiziellen Angaben');
  });
  it('inside the sentence, the content is the sentence around the source', () => {
    const t = 'Die Brandursache ist nach Angaben der Bundespolizeidirektion Wien unklar.';
    expect(claims(t)).toEqual([{ kind: 'indirect', text: 'Die Brandursache ist … unklar', mention: 'Angaben der Bundespolizeidirektion Wien' }]);
  });
  it('the source takes a genitive plural without article and a "von" phrase before "zufolge"', () => {
    const kreise = 'Nach Angaben informierter Kreise betrug das Lösegeld drei Millionen Dollar.';
    expect(claims(kreise)).toEqual([{ kind: 'indirect', text: 'betrug das Lösegeld drei Millionen Dollar', mention: 'Angaben informierter Kreise' }]);
    const xinhua = 'Einer Meldung von Xinhua zufolge sei am Montag der Schulunterricht wieder aufgenommen worden.';
    expect(claims(xinhua)).toEqual([{ kind: 'indirect', text: 'sei am Montag der Schulunterricht wieder aufgenommen worden', mention: 'Einer Meldung von Xinhua' }]);
  });
  it('"Wie X mitteilte, …" at the sentence start: the clause after the comma is the content', () => {
    const t = 'Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung im Zeitraum von 8:00 bis 14:00 Uhr bei 41,9 Prozent.';
    expect(claims(t)).toEqual([{ kind: 'indirect', text: 'lag die Wahlbeteiligung im Zeitraum von 8:00 bis 14:00 Uhr bei 41,9 Prozent', mention: 'der Bundeswahlleiter' }]);
    const braun = 'Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, sieht Wiedeking in dem Gesetz eine Benachteiligung und Rechtsverletzung gegenüber dem VW-Anteilseigner Porsche.';
    expect(claimAt(braun, 'sieht Wiedeking').mention).toBe('der Bevollmächtigte der EU-Kommission');
  });
  it('"…, wie X mitteilte." closing the sentence: the words before the comma are the content', () => {
    const t = 'Die Entscheidung, ob gegen sie Anklage erhoben wird, wurde ausgerechnet am Todestag von Arnold getroffen, wie die Staatsanwaltschaft Darmstadt mitteilte.';
    expect(claims(t)).toEqual([{ kind: 'indirect', text: 'Die Entscheidung, ob gegen sie Anklage erhoben wird, wurde ausgerechnet am Todestag von Arnold getroffen', mention: 'die Staatsanwaltschaft Darmstadt' }]);
    // After a cue, the "wie" clause is what was reported, not a source.
    const mair = 'Vor Gericht hatten Augenzeugen berichtet, wie Mair die Parlamentarierin vor ihrer Bürgerstunde attackierte.';
    expect(claims(mair).map((c) => c.mention)).not.toContain('Mair');
  });
  it('a quote in the source or the content is left to the quote rules', () => {
    const t = 'Die Schwerpunktthemen der Ausstellung sind nach Angaben des künstlerischen Leiters „die Moderne, die menschliche Existenz und die Frage der Bildung“.';
    expect(claims(t).filter((c) => c.kind === 'indirect')).toEqual([]);
  });
});

describe('round 4: a cue verb with a plain object reports the whole sentence', () => {
  it('the content starts at the sentence start, the speaker inside it', () => {
    expect(claims('Die Polizei sprach dennoch von einer weitgehend friedlichen Gegendemonstration.')).toEqual([
      { kind: 'indirect', text: 'Die Polizei sprach dennoch von einer weitgehend friedlichen Gegendemonstration', mention: 'Die Polizei' },
    ]);
    expect(claimAt('Bundestagspräsident Wolfgang Thierse fordert zusätzliche Offenlegungspflichten.', 'Bundestag').mention).toBe('Bundestagspräsident Wolfgang Thierse');
  });
  it('past an apposition of the subject and over a relative clause of the object', () => {
    const schauer = 'Lars Schauer, Manager von Energie Cottbus, bezeichnete die Entscheidung als verantwortungsbewusst.';
    expect(claims(schauer)).toEqual([{ kind: 'indirect', text: 'Lars Schauer, Manager von Energie Cottbus, bezeichnete die Entscheidung als verantwortungsbewusst', mention: 'Lars Schauer' }]);
    const reuters = 'Die Nachrichtenagentur Reuters spricht dagegen von zehn Flugzeugen, auf die es die Terroristen abgesehen hatten.';
    expect(claims(reuters).map((c) => c.text)).toEqual(['Die Nachrichtenagentur Reuters spricht dagegen von zehn Flugzeugen, auf die es die Terroristen abgesehen hatten']);
  });
});

describe('round 4: an inverted attribution closing with a particle or adverb ("…, teilte X heute mit.")', () => {
  it('the words before the comma are the content, the phrase after the verb the speaker', () => {
    expect(claims('Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen heute mit.')).toEqual([
      { kind: 'indirect', text: 'Der Umsatz wird 278 Millionen Euro betragen', mention: 'das Unternehmen' },
    ]);
    expect(claims('Ein Geständnis Samanis sei durch Druck auf dessen Familie erpresst worden, sagte die Anwältin weiter.')).toEqual([
      { kind: 'indirect', text: 'Ein Geständnis Samanis sei durch Druck auf dessen Familie erpresst worden', mention: 'die Anwältin' },
    ]);
  });
});

describe('round 4: reported speech going on in the subjunctive without a cue', () => {
  it('a subjunctive-I sentence right after a claim in the same paragraph is that speaker’s', () => {
    const t =
      'Die Anzahl der Geiseln wurde noch nicht offiziell bestätigt. Es handele sich ersten Angaben zufolge um vier angreifende Terroristen. Vier saudische Sicherheitskräfte seien zudem getötet worden.';
    expect(claimAt(t, 'Vier saudische')).toEqual({ kind: 'indirect', text: 'Vier saudische Sicherheitskräfte seien zudem getötet worden', mention: 'ersten Angaben' });
  });
  it('without a claim before it, a subjunctive sentence is no claim', () => {
    expect(claims('Der Verein wolle gegen die Gerichtsentscheidung vorgehen.')).toEqual([]);
  });
});

describe('round 4: a document named after the quote', () => {
  it('"…, so heißt es in X" after the quote\'s clause and "heißt es in einer gestern verbreiteten Erklärung"', () => {
    const so =
      'Einspareffekte für das Unternehmen sollen „durch mehr Effizienz und eine höhere Produktivität“ erreicht werden, so heißt es in einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates und der IG Metall Küste.';
    expect(claimAt(so, '„durch mehr').mention).toBe('einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates');
    const gestern =
      'Offenbar gab Wagner nun dem Druck der inner- und außerkirchlichen Öffentlichkeit nach und bat den Papst um die Rücknahme der Ernennung: „Angesichts der heftigen Kritik bin ich im Gebet und nach Rücksprache mit dem Diözesanbischof zu dem Entschluss gekommen, den Heiligen Vater in Rom um Rücknahme meiner Ernennung zum Weihbischof von Linz zu bitten“, heißt es in einer gestern verbreiteten Erklärung';
    expect(claimAt(gestern, '„Angesichts').mention).toBe('einer gestern verbreiteten Erklärung');
  });
});

describe('round 4: "Dies bestätigte X." reports the sentence before', () => {
  it('the sentence before is the content, the phrase after the verb the speaker', () => {
    const t = 'Die Freien Demokraten schließen eine so genannte Ampelkoalition (Rot-Gelb-Grün) mit SPD und Grünen aus. Dies bestätigte der Parteivorsitzende Guido Westerwelle am Abend.';
    expect(claims(t)).toEqual([
      { kind: 'indirect', text: 'Die Freien Demokraten schließen eine so genannte Ampelkoalition (Rot-Gelb-Grün) mit SPD und Grünen aus', mention: 'der Parteivorsitzende Guido Westerwelle' },
    ]);
  });
});

describe('round 4: "X geht davon aus, dass …"', () => {
  it('the "dass" clause is the view of the clause subject', () => {
    const t = 'Die Polizei geht davon aus, dass der Einbruch in den Schrebergarten von der gleichen Tätergruppe ausgeführt wurde.';
    expect(claims(t)).toEqual([{ kind: 'indirect', text: 'dass der Einbruch in den Schrebergarten von der gleichen Tätergruppe ausgeführt wurde', mention: 'Die Polizei' }]);
  });
});

describe('round 4: a quoted sentence in parentheses after a name', () => {
  it('is that name\'s', () => {
    const t =
      'Auch weitere Staatsrepräsentanten und Sprecher wichtiger Organisationen gratulierten Obama, so der italienische Ministerpräsident Berlusconi, der Leiter der Internationalen Atomenergiebehörde IAEA, Mohammed ElBaradei („Mir fällt niemand ein, der diese Ehre mehr verdient hätte.“), und der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh. Es ist richtig, wenn er an jemanden geht, der mitten in der Verantwortung steht und etwas durchzusetzen hat.“';
    expect(claimAt(t, '„Mir fällt').mention).toBe('Mohammed ElBaradei');
  });
});

describe('round 6: a sentence glued to the one before without a space ("…ger.Mats Schönauer schreibt …")', () => {
  it('starts a sentence of its own in German', () => {
    const t =
      'In vielen Ländern ist diese Art der Bekanntmachung üblich, wenn zum Beispiel ein Gerichtsbeschluss nicht zugestellt werden kann - so auch in Deutschland im elektronischen Bundesanzeiger.Mats Schönauer schreibt dazu in seinem kritischen Blog: „So tingelt die Geschichte seit Tagen ungeprüft durch nahezu alle deutsche Medien. Dabei hätten die Journalisten durch einen kurzen Anruf bei der Steuerverwaltung oder einen Blick ins Bundesblatt-Archiv ganz einfach selbst herausfinden können, dass die Neuigkeit eigentlich gar keine ist.“';
    expect(claimAt(t, '„So tingelt').mention).toBe('Mats Schönauer');
  });
  it('a quote opening its sentence goes to the named subject of the sentence before, not to the speaker before that', () => {
    const t =
      '„Nachdem ich wiederholt mein Gewissen vor Gott geprüft habe, bin ich zur Gewißheit gelangt, daß meine Kräfte infolge des vorgerückten Alters nicht mehr geeignet sind, um in angemessener Weise den Petrusdienst auszuüben. Ich bin mir sehr bewußt, daß dieser Dienst wegen seines geistlichen Wesens nicht nur durch Taten und Worte ausgeübt werden darf, sondern nicht weniger durch Leiden und durch Gebet. Aber die Welt, die sich so schnell verändert, wird heute durch Fragen, die für das Leben des Glaubens von großer Bedeutung sind, hin- und hergeworfen. Um trotzdem das Schifflein Petri zu steuern und das Evangelium zu verkünden, ist sowohl die Kraft des Körpers als auch die Kraft des Geistes notwendig, eine Kraft, die in den vergangenen Monaten in mir derart abgenommen hat, daß ich mein Unvermögen erkennen muß, den mir anvertrauten Dienst weiter gut auszuführen“, sagte der Papst.Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem in die Rücktrittsabsicht seines Bruders eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“';
    expect(claimAt(t, '„Mein Bruder').mention).toBe('Der ältere Bruder des Papstes');
  });
});

describe('round 6: a subjunctive sentence right after a cue with no claim', () => {
  it('is reported speech of that cue\'s subject, not of its own subject', () => {
    const t =
      'Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung zum Thema Arbeitsmarkt. Hier seien die vorgesehenen Mittel angesichts zu erwartender Mehrkosten von bis zu 8,6 Milliarden Euro „völlig unrealistisch“.';
    expect(claimAt(t, '„völlig').mention).toBe('Die Haushaltspolitikerin');
  });
});

describe('round 6: a quote in the "sondern" part of "dass nicht nur …, sondern …"', () => {
  it('belongs to the subject before "dass", not to the name in front of it', () => {
    const t = 'Zur Beweislage führt das Gericht aus, dass nicht nur die Nebenklägerin, sondern genauso Kachelmann „in einigen Punkten die Unwahrheit gesagt haben“.';
    expect(claimAt(t, '„in einigen').mention).toBe('das Gericht');
  });
});

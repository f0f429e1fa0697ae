// SPDX-License-Identifier: LGPL-2.1-or-later
// Event data from JavaScript: dyad panels, filters, and events loaded into an archive.
imports.gi.versions.Bilateral = '1.0';
const {Bilateral, GLib, Gio} = imports.gi;
const {test, assert, assertEqual, assertThrows, run} = imports.tap;

const eventsDir = GLib.build_filenamev([GLib.getenv('BILATERAL_TEST_DATA'), 'events']);
const dirty = GLib.build_filenamev([eventsDir, 'gdelt1-dirty.tsv']);
const clean2 = GLib.build_filenamev([eventsDir, 'gdelt2-clean.tsv']);
const backfile = GLib.build_filenamev([eventsDir, 'gdelt1-backfile-pak-rus.tsv']);

function csvOf(panel, partial) {
    const out = Gio.MemoryOutputStream.new_resizable();
    panel.write_csv(out, partial, null);
    out.close(null);
    return new TextDecoder().decode(out.steal_as_bytes().toArray());
}

test('a panel reads a dirty file and counts what it skipped, by reason', () => {
    const panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    assert(panel.add_file(dirty, Bilateral.EventFormat.AUTO, null));
    assertEqual(panel.get_rows(), 17);
    assertEqual(panel.get_kept(), 6);
    assertEqual(panel.get_filtered(), 2);
    assertEqual(panel.get_skipped(Bilateral.SkipReason.EVENT_CODE), 1);
    assertEqual(panel.get_skipped(Bilateral.SkipReason.COUNTRY), 2);
    const lines = panel.get_skipped_lines(Bilateral.SkipReason.EVENT_CODE);
    assertEqual(lines.length, 1);
    assert(lines[0].endsWith('gdelt1-dirty.tsv:10'), lines[0]);
    assertEqual(Bilateral.SkipReason.describe(Bilateral.SkipReason.EVENT_CODE), 'a bad CAMEO event code');
    assertEqual(panel.get_n_groups(), 4);
    const [found, events, sum, tone] = panel.lookup('USA', 'JPN', Bilateral.Date.parse('2012-08'));
    assert(found);
    assertEqual(events, 2);
    assertEqual(sum, 8);
    assert(Math.abs(tone - 11.111111) < 1e-6, `tone ${tone}`);
    assertEqual(panel.lookup('USA', 'JPN', Bilateral.Date.parse('2012-09'))[0], false);
    assertEqual(csvOf(panel, false).split('\n')[3], 'JPN,USA,201208,2,8.0,4.000000,2,0,0,0,11.111111');
});

test('a strict panel throws with the file and line of the first dirty row', () => {
    const panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    panel.set_strict(true);
    assert(panel.get_strict());
    assertThrows(() => panel.add_file(dirty, Bilateral.EventFormat.AUTO, null),
        e => e.matches(Bilateral.Error, Bilateral.Error.PARSE) && e.message.includes('gdelt1-dirty.tsv:9'));
});

test('filters select a dyad, and panels merge', () => {
    const filter = Bilateral.EventFilter.new();
    assert(filter.set_dyad('usa', 'jpn', false));
    assertThrows(() => filter.set_country('U$A'), e => e.matches(Bilateral.Error, Bilateral.Error.PARSE));
    const a = Bilateral.DyadPanel.new(Bilateral.PanelBin.YEAR, false);
    a.set_filter(filter);
    assertEqual(a.get_filter(), filter);
    a.add_file(dirty, Bilateral.EventFormat.AUTO, null);
    const b = Bilateral.DyadPanel.new(Bilateral.PanelBin.YEAR, false);
    b.set_filter(filter);
    b.add_file(clean2, Bilateral.EventFormat.GDELT2, null);
    assert(a.merge(b));
    assertEqual(a.lookup('JPN', 'USA', Bilateral.Date.parse('2012'))[1], 4);
    assertEqual(a.get_n_groups(), 1);
    const directed = Bilateral.DyadPanel.new(Bilateral.PanelBin.YEAR, true);
    assertThrows(() => a.merge(directed), e => e.matches(Bilateral.Error, Bilateral.Error.INVALID));
});

test('a panel drops the rows that repeat an earlier row, unless the filter keeps them', () => {
    const panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    assert(panel.add_files([dirty, clean2], Bilateral.EventFormat.AUTO, null));
    assertEqual(panel.get_kept(), 6);
    assertEqual(panel.get_skipped(Bilateral.SkipReason.DUPLICATE), 6);
    assert(panel.get_skipped_lines(Bilateral.SkipReason.DUPLICATE)[0].endsWith('gdelt2-clean.tsv:1'));
    const keep = Bilateral.EventFilter.new();
    keep.set_keep_duplicates(true);
    const all = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    all.set_filter(keep);
    all.set_threads(2);
    assert(all.add_files([dirty, clean2], Bilateral.EventFormat.AUTO, null));
    assertEqual(all.get_kept(), 12);
    assertEqual(all.get_skipped(Bilateral.SkipReason.DUPLICATE), 0);
});

test('a partial CSV reads back into an equal panel', () => {
    const panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.DAY, true);
    panel.set_threads(2);
    assertEqual(panel.get_threads(), 2);
    panel.add_file(clean2, Bilateral.EventFormat.AUTO, null);
    const [file, stream] = Gio.File.new_tmp('bilateral-XXXXXX.csv');
    stream.get_output_stream().write_all(new TextEncoder().encode(csvOf(panel, true)), null);
    stream.close(null);
    const back = Bilateral.DyadPanel.new_from_csv(file.get_path());
    assertEqual(back.get_bin(), Bilateral.PanelBin.DAY);
    assert(back.get_directed());
    assertEqual(csvOf(back, false), csvOf(panel, false));
    file.delete(null);
});

test('a dyad series comes from a panel', () => {
    const panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    panel.add_file(dirty, Bilateral.EventFormat.AUTO, null);
    const series = panel.get_series('USA', 'JPN', null);
    assert(series.get_n_bins() >= 1);
    assertThrows(() => panel.get_series('USA', '12345', null), e => e.matches(Bilateral.Error, Bilateral.Error.PARSE));
});

test('events of a dyad load into an archive with states resolved by date', () => {
    const archive = Bilateral.Archive.new();
    const filter = Bilateral.EventFilter.new();
    filter.set_dyad('PAK', 'RUS', false);
    const [ok, added, skipped] = archive.add_events_from_file(backfile, Bilateral.EventFormat.AUTO, filter, null);
    assert(ok);
    assertEqual(added, 5);
    assertEqual(skipped, 1);
    const first = archive.get_events().get_item(0);
    assertEqual(first.get_target().get_id(), 'SUN');
    assertEqual(first.get_citations().get_item(0).get_source_id(), 'gdelt-1');
    const rel = archive.get_relation(archive.lookup_actor('PAK'), archive.lookup_actor('RUS'));
    assertEqual(rel.get_events().get_n_items(), 5);
    assertThrows(() => archive.add_events_from_file(backfile, Bilateral.EventFormat.AUTO, Bilateral.EventFilter.new(), null),
        e => e.matches(Bilateral.Error, Bilateral.Error.INVALID));
});

test('files with headers: POLECAT by column name, and a BigQuery CSV as its tab-separated rows', () => {
    const polecat = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    assert(polecat.add_file(GLib.build_filenamev([eventsDir, 'polecat-later.txt']), Bilateral.EventFormat.POLECAT, null));
    assertEqual(csvOf(polecat, false).split('\n')[4], 'PAK,RUS,202301,2,4.5,2.250000,2,0,0,0,');
    assertEqual(polecat.get_skipped(Bilateral.SkipReason.DATE), 1);
    const fromCsv = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    assert(fromCsv.add_file(GLib.build_filenamev([eventsDir, 'gdelt2-bigquery.csv']), Bilateral.EventFormat.AUTO, null));
    const fromTsv = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    assert(fromTsv.add_file(clean2, Bilateral.EventFormat.AUTO, null));
    assertEqual(csvOf(fromCsv, false), csvOf(fromTsv, false));
    assertThrows(() => fromTsv.add_file(clean2, Bilateral.EventFormat.POLECAT, null),
        e => assert(e.message.includes('POLECAT files start with a header'), e.message));
});

test('POLECAT rows load into an archive as events with PLOVER types and no CAMEO code', () => {
    const archive = Bilateral.Archive.new();
    const filter = Bilateral.EventFilter.new();
    filter.set_dyad('USA', 'AFG', false);
    const [, added] = archive.add_events_from_file(GLib.build_filenamev([eventsDir, 'polecat-2023.txt']),
        Bilateral.EventFormat.AUTO, filter, null);
    assertEqual(added, 4);
    const strike = archive.lookup_event('polecat-e3');
    assertEqual(strike.get_cameo_code(), null);
    assertEqual(strike.get_plover_type(), 'ASSAULT');
    assertEqual(strike.plover_mode, 'aerial');
    assertEqual(strike.get_quad_class(), Bilateral.QuadClass.MATERIAL_CONFLICT);
    assertEqual(archive.lookup_event('polecat-e5').get_plover_contexts().join(','), 'military,economic');
    const [ok, quad, weight] = Bilateral.Cameo.get_default().lookup_plover('CONSULT', 'phone', null);
    assert(ok);
    assertEqual(quad, Bilateral.QuadClass.VERBAL_COOPERATION);
    assertEqual(weight, 1.5);
    assertThrows(() => Bilateral.Cameo.get_default().lookup_plover('CONSULT', 'fax', null),
        e => assert(e.message.includes('is not a mode of the PLOVER event type CONSULT'), e.message));
});

test('a load of events says what it skipped, by reason', () => {
    const archive = Bilateral.Archive.new();
    const filter = Bilateral.EventFilter.new();
    filter.set_dyad('USA', 'PRK', false);
    const load = archive.load_events(GLib.build_filenamev([eventsDir, 'icews-small.tab']), Bilateral.EventFormat.AUTO, filter, null);
    assertEqual(load.get_added(), archive.get_events().get_n_items());
    let total = 0;
    for (let r = Bilateral.SkipReason.COLUMNS; r <= Bilateral.SkipReason.UNKNOWN_STATE; r++)
        total += load.get_skipped_for(r);
    assertEqual(total, load.get_skipped());
    const again = archive.load_events(GLib.build_filenamev([eventsDir, 'icews-small.tab']), Bilateral.EventFormat.AUTO, filter, null);
    assertEqual(again.get_added(), 0);
    assertEqual(again.get_skipped_for(Bilateral.SkipReason.DUPLICATE), load.get_added() + load.get_skipped_for(Bilateral.SkipReason.DUPLICATE));
});

test('files side by side give what one by one gives', () => {
    const names = ['gdelt2-clean.tsv', 'polecat-2023.txt', 'icews-small.tab'].map(n => GLib.build_filenamev([eventsDir, n]));
    const together = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    together.threads = 2;
    assert(together.add_files(names, Bilateral.EventFormat.AUTO, null));
    const oneByOne = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, false);
    for (const name of names)
        assert(oneByOne.add_file(name, Bilateral.EventFormat.AUTO, null));
    assertEqual(csvOf(together, true), csvOf(oneByOne, true));
});

run();

// SPDX-License-Identifier: LGPL-2.1-or-later
imports.gi.versions.Bilateral = '1.0';
const {Bilateral, GLib, Gio} = imports.gi;
const {test, assert, assertEqual, assertThrows, run} = imports.tap;

const dataDir = GLib.getenv('BILATERAL_TEST_DATA');
const samplePath = GLib.build_filenamev([dataDir, 'sample.json']);
const sample = Bilateral.Archive.new_from_file(samplePath);

test('a history loads and its events are a ListModel in date order', () => {
    const events = sample.get_events();
    assert(events instanceof Gio.ListModel, 'events are a Gio.ListModel');
    assertEqual(events.get_n_items(), 6);
    let previous = null;
    for (let i = 0; i < events.get_n_items(); i++) {
        const date = events.get_item(i).get_date();
        if (previous)
            assert(previous.compare(date) <= 0, 'date order');
        previous = date;
    }
});

test('the PAK–RUS relation includes the USSR years and answers phase_at', () => {
    const rel = sample.get_relation(sample.lookup_actor('PAK'), sample.lookup_actor('RUS'));
    assertEqual(rel.get_events().get_n_items(), 4);
    assertEqual(rel.phase_at(Bilateral.Date.parse('1958')).get_id(), 'fissure');
    assertEqual(rel.phase_at(Bilateral.Date.parse('2003-02')).get_stance(), Bilateral.Stance.CORDIAL);
    assertEqual(rel.phase_at(Bilateral.Date.parse('1946')), null);
    const ids = [];
    const inFifties = rel.events_in(Bilateral.Date.parse('1948/1950'));
    for (let i = 0; i < inFifties.get_n_items(); i++)
        ids.push(inFifties.get_item(i).get_id());
    assertEqual(ids.join(','), 'pak-sun-1948-04,pak-sun-1949-12');
    assertEqual(rel.get_third_party_events().get_item(0).get_impacts().get_item(0).get_weight(), -0.5);
});

test('events, phases, citations and states expose their fields', () => {
    const event = sample.lookup_event('pak-sun-1949-12');
    assertEqual(event.get_date().to_string(), '1949-12~');
    assertEqual(event.get_source().get_id(), 'PAK');
    assertEqual(event.get_target().get_name(), 'Union of Soviet Socialist Republics');
    assertEqual(event.get_cameo_code(), '050');
    assertEqual(event.get_goldstein(), 3.5);
    assertEqual(event.get_quad_class(), Bilateral.QuadClass.VERBAL_COOPERATION);
    const citation = event.get_citations().get_item(0);
    assertEqual(citation.get_paragraph(), 2);
    assertEqual(citation.get_quote(), 'presented his credentials in Moscow in late December 1949');
    const phase = sample.lookup_phase('fissure');
    assertEqual(phase.get_stance(), -1);
    assertEqual(phase.get_origin(), Bilateral.PhaseOrigin.CURATED);
    assertEqual(phase.get_opening_event().get_id(), 'pak-sun-1948-04');
    const rus = sample.lookup_actor('Russia');
    assertEqual(rus.get_code(Bilateral.CodeScheme.ISO_NUMERIC), '643');
    assertEqual(rus.get_predecessors().get_item(0).get_kind(), Bilateral.SuccessionKind.CONTINUATION);
    assertEqual(sample.lookup_actor('liaquat').get_affiliation().get_id(), 'PAK');
});

test('dates parse, compare and report their range', () => {
    const d = Bilateral.Date.parse('198X');
    assertEqual(d.get_precision(), Bilateral.DatePrecision.DECADE);
    assertEqual(d.get_earliest().to_string(), '1980-01-01');
    assertEqual(d.get_latest().to_string(), '1989-12-31');
    assertEqual(Bilateral.Date.parse('1991/..').get_latest_day(), Bilateral.DAY_OPEN_END);
    assert(Bilateral.Date.parse('1949-12').overlaps(Bilateral.Date.parse('1949/1950')));
    assert(!Bilateral.Date.parse('1949-12').equal(Bilateral.Date.parse('1949-12~')));
});

test('a bad date throws a GLib.Error that quotes it', () => {
    assertThrows(() => Bilateral.Date.parse('1950-02-30'), e => {
        assert(e.matches(Bilateral.error_quark(), Bilateral.Error.DATE), `${e}`);
        assert(e.message.includes('“1950-02-30”'), e.message);
    });
});

test('a malformed file throws with the JSON pointer', () => {
    const [file, stream] = Gio.File.new_tmp('bilateral-XXXXXX.json');
    stream.close(null);
    const text = '{"format": "bilateral/1", "actors": [{"id": "A", "kind": "state"}],' +
        ' "events": [{"id": "e", "date": "1950", "source": "NOPE", "cameo": "01", "goldstein": 0}]}';
    file.replace_contents(new TextEncoder().encode(text), null, false, Gio.FileCreateFlags.NONE, null);
    assertThrows(() => Bilateral.Archive.new_from_file(file.get_path()), e => {
        assert(e.matches(Bilateral.error_quark(), Bilateral.Error.REFERENCE), `${e}`);
        assert(e.message.includes('/events/0/source: no actor has the id “NOPE”'), e.message);
    });
    file.delete(null);
});

test('an archive saves and reads back the same', () => {
    const [file, stream] = Gio.File.new_tmp('bilateral-XXXXXX.json');
    stream.close(null);
    sample.save_to_file(file.get_path());
    const again = Bilateral.Archive.new_from_file(file.get_path());
    assertEqual(again.to_data()[0], sample.to_data()[0]);
    file.delete(null);
});

test('records can be built and added from JavaScript', () => {
    const archive = Bilateral.Archive.new();
    archive.add_source(Bilateral.Source.new('notes', 'Notes'));
    const pak = new Bilateral.State({id: 'PAK', name: 'Pakistan', iso3: 'PAK'});
    const chn = new Bilateral.State({id: 'CHN', name: 'China'});
    archive.add_actor(pak);
    archive.add_actor(chn);
    const citations = new Gio.ListStore({item_type: Bilateral.Citation});
    citations.append(Bilateral.Citation.new('notes', 0, 0, null));
    archive.add_event(new Bilateral.Event({id: 'e', date: Bilateral.Date.parse('1963-03-02'), source: pak,
        target: chn, cameo_code: '057', goldstein: 8, citations}));
    assertThrows(() => archive.add_actor(new Bilateral.State({id: 'PAK'})), e => {
        assert(e.message.includes('already'), e.message);
    });
    const rel = archive.get_relation(chn, pak);
    assertEqual(rel.get_events().get_n_items(), 1);
    assertEqual(archive.lookup_actor('pak'), pak);
});

test('the bundled reference history loads and answers', () => {
    const names = Bilateral.Archive.list_builtin();
    assert(names.includes('pakistan-russia'), `${names}`);
    const history = Bilateral.Archive.load_builtin('pakistan-russia');
    const rel = history.get_relation(history.lookup_actor('PAK'), history.lookup_actor('RUS'));
    assertEqual(rel.phase_at(Bilateral.Date.parse('1958')).get_label(), 'In opposing camps');
    assertEqual(rel.phase_at(Bilateral.Date.parse('2010')).get_stance(), Bilateral.Stance.CORDIAL);
    assertThrows(() => Bilateral.Archive.load_builtin('atlantis'), e => {
        assert(e.matches(Bilateral.error_quark(), Bilateral.Error.NOT_FOUND), `${e}`);
    });
});

test('the registry resolves and converts codes as of a date', () => {
    const reg = Bilateral.Registry.get_default();
    const S = Bilateral.CodeScheme;
    assertEqual(reg.resolve('RUS', S.ISO_ALPHA3, Bilateral.Date.parse('1970-06-01')).get_id(), 'SUN');
    assertEqual(reg.resolve('365', S.COW, Bilateral.Date.parse('1995')).get_name(), 'Russian Federation');
    assertEqual(reg.convert('255', S.COW, S.GW, Bilateral.Date.parse('1995')), '260');
    assertEqual(reg.lookup_name('Burma').get_id(), 'MMR');
    assertEqual(reg.get_code(reg.lookup_id('DEU'), S.COW, Bilateral.Date.parse('1980')), '260');
    assertEqual(reg.lookup_id('AFG').get_spells().length, 2);
    assertThrows(() => reg.resolve('700', S.COW, Bilateral.Date.parse('1900')), e => {
        assert(e.matches(Bilateral.error_quark(), Bilateral.Error.NOT_FOUND), `${e}`);
        assert(e.message.includes('Afghanistan'), e.message);
    });
    // Membership codes mean members only; the flags choose the rule.
    assertThrows(() => reg.resolve('20', S.COW, Bilateral.Date.parse('1919')), e => {
        assert(e.message.includes('Canada'), e.message);
    });
    assertThrows(() => reg.resolve_full('SUN', S.ISO_ALPHA3, Bilateral.Date.parse('1995'), Bilateral.ResolveFlags.STRICT),
        e => assert(e.matches(Bilateral.error_quark(), Bilateral.Error.NOT_FOUND), `${e}`));
    assertEqual(reg.resolve_full('20', S.COW, Bilateral.Date.parse('1919'),
        Bilateral.ResolveFlags.FOLLOW_CONTINUATION).get_id(), 'CAN');
    // Every ISO entry, with its status; names however written; never a guess.
    assertEqual(reg.resolve('PSE', S.ISO_ALPHA3, null).get_status(), Bilateral.StateStatus.PARTIALLY_RECOGNIZED);
    assertEqual(reg.lookup_name('Korea, Rep.').get_id(), 'KOR');
    assertEqual(reg.lookup_name('Congo'), null);
    assertEqual(reg.lookup_names('Congo').get_n_items(), 2);
    assertEqual(reg.lookup_name_at('Yugoslavia', Bilateral.Date.parse('2005')).get_id(), 'SCG');
    const [codes, failed] = reg.convert_codes(['20', '365'], S.COW, S.ISO_ALPHA3, ['1919', '1990'], null);
    assertEqual(codes.join(','), ',SUN');
    assertEqual(failed, 1);
    const states = reg.get_states_in_year(1991);
    const ids = [];
    for (let i = 0; i < states.get_n_items(); i++)
        ids.push(states.get_item(i).get_id());
    assert(ids.includes('SUN') && !ids.includes('RUS'), 'SUN, not RUS, in 1991');
});

test('series come as typed arrays, and phases are inferred and compared', () => {
    const history = Bilateral.Archive.load_builtin('pakistan-russia');
    const rel = history.get_relation(history.lookup_actor('PAK'), history.lookup_actor('RUS'));
    const params = new Bilateral.SeriesParams({span: Bilateral.Date.parse('1947/2015')});
    const series = rel.get_series(params);
    assertEqual(series.get_n_bins(), 69);
    const bytes = series.get_bytes(Bilateral.SeriesMeasure.INDEX).toArray();
    const index = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
    assertEqual(index.length, 69);
    assert(index[1955 - 1947] < 0 && index[1985 - 1947] < 0 && index[2010 - 1947] > 0, `${index}`);
    const values = series.get_index();
    assertEqual(values.length, 69);
    assertEqual(values[8], index[8]);
    const inferParams = new Bilateral.InferenceParams({penalty: 50, method: Bilateral.Segmentation.BINARY});
    const inferred = rel.infer_phases(inferParams);
    assertEqual(inferred.get_n_items(), 5);
    assertEqual(inferred.get_item(0).get_origin(), Bilateral.PhaseOrigin.INFERRED);
    const c = Bilateral.phases_compare(rel.get_phases(), inferred, Bilateral.Date.parse('1947-08-14/2015'), 730);
    assert(c.get_sign_agreement() > 0.5, `${c.get_sign_agreement()}`);
    assert(Math.abs(c.get_boundary_f1() - 8 / 11) < 1e-9, `${c.get_boundary_f1()}`);
    assert(c.get_covering() > 0.6 && c.get_covering() < 0.7, `${c.get_covering()}`);
    const stance = series.get_values(Bilateral.SeriesMeasure.STANCE_INDEX);
    assertEqual(stance.length, 69);
    const code = Bilateral.Cameo.get_default().lookup('042');
    assertEqual(code.get_plover_mode(), 'visit');
    assertThrows(() => Bilateral.Cameo.get_default().lookup('099'), e => {
        assert(e.message.includes('“099”'), e.message);
    });
});

test('collections are read-only and relations live', () => {
    const events = sample.get_events();
    assert(!(events instanceof Gio.ListStore), 'not a Gio.ListStore');
    assertEqual(typeof events.remove, 'undefined');
    assertEqual(events.n_items, events.get_n_items());
    const pak = sample.lookup_actor('PAK'), rus = sample.lookup_actor('RUS');
    assert(sample.get_relation(pak, rus) === sample.get_relation(pak, rus), 'the same relation');
    const span = Bilateral.Date.parse('1950/1955');
    const rel = sample.get_relation(pak, rus);
    assertEqual(rel.events_in_full(span, true).get_n_items(), rel.events_in(span).get_n_items() + 1);
    const panel = new Bilateral.DyadPanel({bin: Bilateral.PanelBin.MONTH});
    assertEqual(panel.get_bin(), Bilateral.PanelBin.MONTH);
    assertThrows(() => new Bilateral.Actor({id: 'x'}), () => true);
});

test('an archive loads in a main loop, and a cancelled load fails', () => {
    const loop = new GLib.MainLoop(null, false);
    let loaded = null, cancelledError = null;
    Bilateral.Archive.new_from_file_async(samplePath, null, (source, result) => {
        loaded = Bilateral.Archive.new_from_file_finish(result);
        const cancellable = new Gio.Cancellable();
        cancellable.cancel();
        Bilateral.Archive.new_from_file_async(samplePath, cancellable, (s, r) => {
            try {
                Bilateral.Archive.new_from_file_finish(r);
            } catch (e) {
                cancelledError = e;
            }
            loop.quit();
        });
    });
    GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 20, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    assert(loaded !== null, 'loaded');
    assertEqual(loaded.get_events().get_n_items(), 6);
    assert(cancelledError && cancelledError.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED), `${cancelledError}`);
});

test('short names, JS dates and the document alone', () => {
    assertEqual(Bilateral.Stance.to_string(Bilateral.Stance.ALLIED), 'allied');
    assertEqual(Bilateral.QuadClass.to_string(Bilateral.QuadClass.VERBAL_CONFLICT), 'verbal-conflict');
    const when = GLib.DateTime.new_from_unix_utc(Math.floor(Date.UTC(1985, 3, 12, 23, 20, 30) / 1000));
    assertEqual(Bilateral.Date.new_from_date_time(when).to_string(), '1985-04-12T23:20:30+00:00');
    assertEqual(typeof sample.to_string(), 'string');
    assert(sample.to_string().startsWith('{'), 'a JSON document');
});

test('events say where they happened and who else took part', () => {
    const history = Bilateral.Archive.load_builtin('pakistan-russia');
    const place = history.lookup_event('usa-enduring-freedom-2001').get_location();
    assertEqual(place.get_country(), 'AFG');
    assertEqual(place.to_string(), 'Afghanistan (AFG)');
    assertEqual(place.has_coordinates, false);
    const participants = history.lookup_event('pak-british-representation-1947').get_participants();
    assertEqual(participants.get_n_items(), 1);
    assertEqual(participants.get_item(0).get_role(), 'protecting power');
    assertEqual(participants.get_item(0).actor.get_id(), 'GBR');
    const kabul = new Bilateral.Location({country: 'AFG', place: 'Kabul', has_coordinates: true, latitude: 34.5,
        longitude: 69.2});
    assertEqual(kabul.to_string(), 'Kabul (AFG; 34.5000, 69.2000)');
    const filter = Bilateral.EventFilter.new();
    assert(filter.set_sector('GOV'));
    assert(filter.set_located('Afghanistan'));
    assertEqual(filter.to_string(), 'sector GOV, located in AFG');
    const afghanistan = new Bilateral.State({id: 'AFG', name: 'Afghanistan'});
    const taliban = new Bilateral.Group({id: 'TALIBAN', name: 'Taliban', affiliation: afghanistan,
        role: 'de facto government', affiliation_span: Bilateral.Date.parse('1996-09-27/2001-12')});
    assertEqual(taliban.acts_for(Bilateral.Date.parse('2001-10-07')).get_id(), 'AFG');
    assertEqual(taliban.acts_for(null).get_id(), 'TALIBAN');
    assertEqual(taliban.get_role(), 'de facto government');
});

run();

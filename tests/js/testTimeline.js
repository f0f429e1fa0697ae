// SPDX-License-Identifier: LGPL-2.1-or-later
// Timelines from JavaScript: drawn on a cairo surface of GJS, hit tests,
// properties and signals, and files.
imports.gi.versions.Bilateral = '1.0';
const {Bilateral, GLib} = imports.gi;
const Cairo = imports.cairo;
const {test, assert, assertEqual, assertThrows, run} = imports.tap;

const history = Bilateral.Archive.load_builtin('pakistan-russia');
const relation = history.get_relation(history.lookup_actor('PAK'), history.lookup_actor('RUS'));

function newTimeline() {
    const timeline = Bilateral.Timeline.new(history);
    timeline.add_relation(relation);
    return timeline;
}

test('a timeline draws on a GJS cairo context, and says what is where', () => {
    const timeline = newTimeline();
    timeline.width = 900;
    const surface = new Cairo.ImageSurface(Cairo.Format.RGB24, 900, Math.ceil(timeline.get_height()));
    const cr = new Cairo.Context(surface);
    timeline.draw(cr);
    cr.$dispose();
    const phase = relation.get_phases().get_item(3); // the Afghan war, hostile
    const [ok, x, y, w] = timeline.get_item_bounds(phase);
    assert(ok);
    const hit = timeline.get_item_at(x + w / 2, y + 3);
    assertEqual(hit.get_id(), phase.get_id());
    assert(hit instanceof Bilateral.Phase);
    const event = relation.get_events().get_item(0);
    const [shown, ex, ey, ew, eh] = timeline.get_item_bounds(event);
    assert(shown);
    assert(timeline.get_item_at(ex + ew / 2, ey + eh / 2) instanceof Bilateral.Event);
    assertEqual(timeline.get_item_at(1, 1), null);
});

test('properties notify, and the changed signal fires once per change', () => {
    const timeline = newTimeline();
    let changes = 0, heights = 0;
    timeline.connect('changed', () => changes++);
    timeline.connect('notify::height', () => heights++);
    const before = timeline.height;
    timeline.show_inferred = true;
    timeline.show_inferred = true;
    assertEqual(changes, 1);
    assert(heights >= 1);
    assert(timeline.height > before);
    timeline.span = Bilateral.Date.parse('1979/1992');
    assertEqual(timeline.span.to_string(), '1979/1992');
    assertEqual(timeline.relations.get_n_items(), 1);
    timeline.remove_all();
    assertEqual(timeline.relations.get_n_items(), 0);
});

test('files: bytes in each format, and an error for a name without one', () => {
    const timeline = newTimeline();
    const svg = new TextDecoder().decode(timeline.to_bytes(Bilateral.TimelineFormat.SVG).toArray());
    assert(svg.includes('data-id="pak-sun-1979-afghan-war"'));
    const html = new TextDecoder().decode(timeline.to_bytes(Bilateral.TimelineFormat.HTML).toArray());
    assert(html.startsWith('<!DOCTYPE html>'));
    const dir = GLib.dir_make_tmp('timeline-js-XXXXXX');
    const path = GLib.build_filenamev([dir, 't.pdf']);
    assert(timeline.write_to_file(path, Bilateral.TimelineFormat.AUTO));
    assert(GLib.file_test(path, GLib.FileTest.EXISTS));
    assertThrows(() => timeline.write_to_file(GLib.build_filenamev([dir, 't.jpeg']), Bilateral.TimelineFormat.AUTO),
        e => assert(e.message.includes('cannot tell the format'), e.message));
    GLib.unlink(path);
    GLib.rmdir(dir);
    assertEqual(Bilateral.timeline_format_to_string(Bilateral.TimelineFormat.PNG), 'png');
});

run();

#!/usr/bin/env gjs
// SPDX-License-Identifier: LGPL-2.1-or-later
// A small GTK 4 viewer of a history's timelines: pick a dyad, point at a
// phase or an event to read its details and sources.
//     gjs viewer.js [HISTORY] [--screenshot FILE.png]
// HISTORY is a bundled history's name or a bilateral/1 file (default:
// pakistan-russia). With --screenshot, it draws one frame to FILE.png and
// quits (the test runs it so, headless).
imports.gi.versions.Gtk = '4.0';
imports.gi.versions.Bilateral = '1.0';
const {Bilateral, GLib, Gtk} = imports.gi;

function openHistory(name) {
    if (Bilateral.Archive.list_builtin().includes(name))
        return Bilateral.Archive.load_builtin(name);
    return Bilateral.Archive.new_from_file(name);
}

// The dyads worth showing: those with a phase or an event between the two.
function dyadsOf(history) {
    const relations = [];
    for (let i = 0; i < history.get_relations().get_n_items(); i++) {
        const relation = history.get_relations().get_item(i);
        if (relation.get_phases().get_n_items() + relation.get_events().get_n_items() > 0)
            relations.push(relation);
    }
    // The dyad with the most phases first, then the one with the most events.
    const size = r => [r.get_phases().get_n_items(), r.get_events().get_n_items()];
    relations.sort((a, b) => size(b)[0] - size(a)[0] || size(b)[1] - size(a)[1]);
    return relations;
}

function describe(item) {
    if (item === null)
        return 'Point at a phase or an event.';
    const sources = [];
    for (let i = 0; i < item.get_citations().get_n_items(); i++) {
        const citation = item.get_citations().get_item(i);
        const quote = citation.get_quote();
        sources.push(`${citation.get_source_id()} ¶${citation.get_paragraph()}.${citation.get_sentence()}` +
            (quote ? ` “${quote}”` : ''));
    }
    if (item instanceof Bilateral.Phase) {
        const end = item.get_end() ? item.get_end().to_string() : '..';
        return `${item.get_label() ?? Bilateral.stance_to_string(item.get_stance())} · ` +
            `${item.get_start().to_string()} → ${end} · ${Bilateral.stance_to_string(item.get_stance())}\n` +
            `${item.get_summary() ?? ''}\n${sources.join('; ')}`;
    }
    const target = item.get_target();
    return `${item.get_date().to_string()} · ${item.get_source().get_id()} → ${target ? target.get_id() : '—'} · ` +
        `${item.get_cameo_code()} · ${item.get_goldstein().toFixed(1)}\n${item.get_title() ?? ''}\n${sources.join('; ')}`;
}

function buildWindow(app, history) {
    const relations = dyadsOf(history);
    const timeline = Bilateral.Timeline.new(history);
    if (relations.length > 0)
        timeline.add_relation(relations[0]);

    const names = relations.map(r => `${r.get_first().get_name()} – ${r.get_second().get_name()}`);
    const picker = Gtk.DropDown.new_from_strings(names);
    const inferred = new Gtk.CheckButton({label: 'Inferred phases'});
    const index = new Gtk.CheckButton({label: 'Index'});
    const area = new Gtk.DrawingArea({hexpand: true});
    const details = new Gtk.Label({xalign: 0, wrap: true, selectable: true, label: describe(null),
        margin_start: 12, margin_end: 12, margin_top: 6, margin_bottom: 6});

    area.set_draw_func((_area, cr, width) => {
        timeline.width = Math.max(320, width);
        area.set_content_height(Math.ceil(timeline.get_height()));
        timeline.draw(cr);
    });
    timeline.connect('changed', () => area.queue_draw());
    picker.connect('notify::selected', () => {
        timeline.remove_all();
        timeline.add_relation(relations[picker.selected]);
    });
    inferred.connect('toggled', () => (timeline.show_inferred = inferred.active));
    index.connect('toggled', () => (timeline.show_index = index.active));
    const motion = new Gtk.EventControllerMotion();
    motion.connect('motion', (_controller, x, y) => details.set_label(describe(timeline.get_item_at(x, y))));
    area.add_controller(motion);

    const bar = new Gtk.Box({spacing: 12, margin_start: 12, margin_end: 12, margin_top: 6, margin_bottom: 6});
    bar.append(picker);
    bar.append(inferred);
    bar.append(index);
    const scroller = new Gtk.ScrolledWindow({vexpand: true, child: area});
    const box = new Gtk.Box({orientation: Gtk.Orientation.VERTICAL});
    box.append(bar);
    box.append(scroller);
    box.append(details);
    return new Gtk.ApplicationWindow({application: app, title: history.get_title() ?? 'Timeline',
        default_width: 1200, default_height: 720, child: box});
}

// Draws the window as it is into a PNG, once it has been laid out.
function screenshot(window, path, done) {
    GLib.timeout_add(GLib.PRIORITY_DEFAULT, 500, () => {
        const paintable = new Gtk.WidgetPaintable({widget: window});
        const snapshot = new Gtk.Snapshot();
        paintable.snapshot(snapshot, window.get_width(), window.get_height());
        const node = snapshot.to_node();
        const texture = window.get_native().get_renderer().render_texture(node, null);
        texture.save_to_png(path);
        done();
        return GLib.SOURCE_REMOVE;
    });
}

function main(argv) {
    let historyName = 'pakistan-russia', shot = null;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--screenshot' && i + 1 < argv.length)
            shot = argv[++i];
        else
            historyName = argv[i];
    }
    let history;
    try {
        history = openHistory(historyName);
    } catch (e) {
        printerr(e.message);
        return 1;
    }
    const app = new Gtk.Application({application_id: 'org.libbilateral.Viewer'});
    app.connect('activate', () => {
        const window = buildWindow(app, history);
        window.present();
        if (shot)
            screenshot(window, shot, () => app.quit());
    });
    return app.run([imports.system.programInvocationName]);
}

imports.system.exit(main(ARGV));

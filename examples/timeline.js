// SPDX-License-Identifier: LGPL-2.1-or-later
// Prints a relationship's phases, each with its events, then any events
// outside every phase:
//   gjs timeline.js HISTORY.json ACTOR ACTOR
imports.gi.versions.Bilateral = '1.0';
const {Bilateral} = imports.gi;
const System = imports.system;

function stanceName(value) {
    return Object.keys(Bilateral.Stance).find(key => Bilateral.Stance[key] === value).toLowerCase();
}

function signed(value, digits) {
    return (value >= 0 ? '+' : '') + value.toFixed(digits);
}

function printEvent(event) {
    const target = event.get_target();
    print(`  ${event.get_date().to_string().padEnd(12)} ${event.get_source().get_id()} → ` +
        `${target ? target.get_id() : '—'}  ${event.get_cameo_code().padEnd(4)} ` +
        `${signed(event.get_goldstein(), 1)}  ${event.get_title() || ''}`);
}

function items(model) {
    const list = [];
    for (let i = 0; i < model.get_n_items(); i++)
        list.push(model.get_item(i));
    return list;
}

function main(args) {
    if (args.length !== 3) {
        printerr('usage: gjs timeline.js HISTORY.json ACTOR ACTOR');
        return 2;
    }
    let archive;
    try {
        archive = Bilateral.Archive.new_from_file(args[0]);
    } catch (error) {
        printerr(error.message);
        return 1;
    }
    const first = archive.lookup_actor(args[1]);
    const second = archive.lookup_actor(args[2]);
    if (!first || !second) {
        printerr(`no actor “${first ? args[2] : args[1]}” in ${args[0]}`);
        return 1;
    }

    const relation = archive.get_relation(first, second);
    const events = items(relation.get_events());
    print(`${first.get_name()} and ${second.get_name()}`);
    for (const phase of items(relation.get_phases())) {
        const end = phase.get_end();
        const stance = phase.get_stance();
        print(`${phase.get_start().to_string()} – ${end ? end.to_string() : '..'}  ` +
            `${stanceName(stance)} (${signed(stance, 0)})  ${phase.get_label() || ''}`);
        for (const event of events) {
            if (relation.phase_at(event.get_date()) === phase)
                printEvent(event);
        }
    }
    const outside = events.filter(event => relation.phase_at(event.get_date()) === null);
    if (outside.length)
        print('Outside any phase');
    outside.forEach(printEvent);
    return 0;
}

System.exit(main(ARGV));

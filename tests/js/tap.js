// SPDX-License-Identifier: LGPL-2.1-or-later
// A small TAP harness for the GJS tests; a failed run exits 1 synchronously
// (an unhandled promise rejection would exit 0 in GJS).
const System = imports.system;

var tests = [];

function test(name, fn) {
    tests.push({name, fn});
}

function assert(condition, message) {
    if (!condition)
        throw new Error(`assertion failed: ${message || ''}`);
}

function assertEqual(actual, expected, message) {
    if (actual !== expected)
        throw new Error(`${message || 'values differ'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function assertThrows(fn, check) {
    let thrown = null;
    try {
        fn();
    } catch (e) {
        thrown = e;
    }
    if (thrown === null)
        throw new Error('expected an exception, none was thrown');
    if (check)
        check(thrown);
}

function run() {
    print(`1..${tests.length}`);
    let failed = 0;
    tests.forEach(({name, fn}, i) => {
        try {
            fn();
            print(`ok ${i + 1} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} - ${name}`);
            for (const line of `${e}\n${e.stack || ''}`.split('\n'))
                print(`# ${line}`);
        }
    });
    System.exit(failed ? 1 : 0);
}

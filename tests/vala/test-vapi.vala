// SPDX-License-Identifier: LGPL-2.1-or-later
// The generated VAPI lets Vala load a history and ask for a phase.
int main (string[] args) {
    try {
        var history = new Bilateral.Archive.from_file (args[1]);
        var relation = history.get_relation (history.lookup_actor ("PAK"), history.lookup_actor ("RUS"));
        var phase = relation.phase_at (Bilateral.Date.parse ("1958"));
        assert (phase.get_id () == "fissure");
        assert (phase.get_stance () == Bilateral.Stance.COOL);
        assert (relation.get_events ().get_n_items () == 4);
        var event = (Bilateral.Event) relation.get_events ().get_item (1);
        assert (event.get_date ().to_string () == "1949-12~");
    } catch (Error e) {
        stderr.printf ("%s\n", e.message);
        return 1;
    }
    try {
        Bilateral.Date.parse ("1950-02-30");
        return 1;
    } catch (Error e) {
        assert (e is Bilateral.Error.DATE);
    }
    print ("vala: ok\n");
    return 0;
}

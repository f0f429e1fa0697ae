#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Aggregates event files on the workers of a Dask cluster and merges the
partial panels: the result is the panel of one process reading them all.
    dask-aggregate.py OUTPUT.csv FILE...
Each worker reads one file into a partial panel through the Python
binding and hands back its CSV text; the client merges them. The cluster
is a distributed.LocalCluster here; pass a scheduler's address in
BILATERAL_DASK_SCHEDULER to use a real one (dask-jobqueue starts one on
Slurm)."""
import os
import sys
import tempfile

import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral, Gio  # noqa: E402


def partial_panel(path):
    """One file's partial panel, as text: GObjects do not travel between
    processes, and the binding is imported on the worker, not sent to it."""
    import gi as worker_gi

    worker_gi.require_version("Bilateral", "1.0")
    from gi.repository import Bilateral as B, Gio as G

    panel = B.DyadPanel.new(B.PanelBin.MONTH, False)
    panel.add_file(path, B.EventFormat.AUTO, None)
    out = G.MemoryOutputStream.new_resizable()
    panel.write_csv(out, True, None)
    out.close(None)
    return bytes(out.steal_as_bytes().get_data()).decode()


def merge(partials):
    panel = None
    with tempfile.TemporaryDirectory() as directory:
        for i, text in enumerate(partials):
            path = os.path.join(directory, "part-%d.csv" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            part = Bilateral.DyadPanel.new_from_csv(path)
            if panel is None:
                panel = part
            else:
                panel.merge(part)
    return panel


def main(argv):
    if len(argv) < 3:
        print("usage: %s OUTPUT.csv FILE..." % argv[0], file=sys.stderr)
        return 2
    from distributed import Client, LocalCluster

    files = [os.path.abspath(f) for f in argv[2:]]
    address = os.environ.get("BILATERAL_DASK_SCHEDULER")
    cluster = None if address else LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    with Client(address or cluster) as client:
        partials = client.gather(client.map(partial_panel, files, pure=False))
    if cluster:
        cluster.close()
    panel = merge(partials)
    panel.write_csv(Gio.File.new_for_path(argv[1]).replace(None, False, Gio.FileCreateFlags.NONE, None), False, None)
    print("merged %d partial panels of %d files: %d groups" % (len(partials), len(files), panel.get_n_groups()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

// SPDX-License-Identifier: LGPL-2.1-or-later
// libbilateral's timeline page: details of the phase or event under the
// pointer or the focus; zoom (a picture laid out again at each level) and
// pan on the time axis. Text goes in with textContent only.
'use strict';
(function () {
    const records = JSON.parse(document.getElementById('records').textContent);
    const viewport = document.getElementById('viewport');
    const details = document.getElementById('details');
    const zoomOutput = document.getElementById('zoom');
    const levels = Array.from(document.querySelectorAll('.level'));
    let current = 0;

    function add(parent, tag, text, className) {
        const node = document.createElement(tag);
        if (text !== undefined)
            node.textContent = text;
        if (className)
            node.className = className;
        parent.appendChild(node);
        return node;
    }

    function cite(citations, heading) {
        if (!citations || !citations.length)
            return;
        add(details, 'div', heading, 'kind');
        const sources = add(details, 'ul');
        for (const citation of citations) {
            const entry = add(sources, 'li', citation.source + (citation.where ? ` ${citation.where}` : ''), 'citation');
            if (citation.quote)
                add(entry, 'span', ` “${citation.quote}”`, 'quote');
            if (citation.note)
                add(entry, 'span', ` — ${citation.note}`);
            if (citation.supplement)
                add(entry, 'span', ' (supplement)', 'supplement');
        }
    }

    function show(item) {
        const record = records[item.dataset.key];
        if (!record)
            return;
        details.replaceChildren();
        add(details, 'div', record.kind, 'kind');
        add(details, 'h2', record.heading);
        const list = add(details, 'dl');
        const rows = [['Date', record.date], ['Actors', record.actors], ['Stance', record.stance],
            ['CAMEO', record.code && (record.codeName ? `${record.code} ${record.codeName}` : record.code)],
            ['Goldstein', record.weight], ['Bears on the dyad', record.effect], ['First', record.first]];
        for (const [name, value] of rows) {
            if (!value)
                continue;
            add(list, 'dt', name);
            add(list, 'dd', value);
        }
        if (record.summary)
            add(details, 'p', record.summary);
        cite(record.citations, 'Sources');
        for (const impact of record.impacts || [])
            cite(impact.citations, `Why it bears on ${impact.dyad} (× ${impact.weight})`);
        details.hidden = false;
        const box = item.getBoundingClientRect();
        const width = details.offsetWidth, height = details.offsetHeight;
        let left = box.right + 8, top = box.top;
        if (left + width > window.innerWidth - 4)
            left = Math.max(4, box.left - width - 8);
        if (top + height > window.innerHeight - 4)
            top = Math.max(4, window.innerHeight - height - 4);
        details.style.left = `${left}px`;
        details.style.top = `${top}px`;
        for (const other of document.querySelectorAll('.item.current'))
            other.classList.remove('current');
        item.classList.add('current');
    }

    function hide() {
        details.hidden = true;
        for (const other of document.querySelectorAll('.item.current'))
            other.classList.remove('current');
    }

    for (const item of document.querySelectorAll('.item')) {
        item.addEventListener('pointerenter', () => show(item));
        item.addEventListener('pointerleave', hide);
        item.addEventListener('focus', () => show(item));
        item.addEventListener('blur', hide);
    }

    // The day at a viewport x, and back, on the level shown.
    function dayAt(level, x) {
        const d = level.dataset;
        const fraction = (x - Number(d.left)) / (Number(d.right) - Number(d.left));
        return Number(d.firstDay) + fraction * (Number(d.endDay) - Number(d.firstDay));
    }
    function xOf(level, day) {
        const d = level.dataset;
        const fraction = (day - Number(d.firstDay)) / (Number(d.endDay) - Number(d.firstDay));
        return Number(d.left) + fraction * (Number(d.right) - Number(d.left));
    }

    // Shows another level, keeping the day at @anchor (a viewport x) in place.
    function zoomTo(index, anchor) {
        index = Math.max(0, Math.min(levels.length - 1, index));
        if (index === current)
            return;
        if (anchor === undefined)
            anchor = viewport.clientWidth / 2;
        const day = dayAt(levels[current], viewport.scrollLeft + anchor);
        hide();
        levels[current].hidden = true;
        levels[index].hidden = false;
        current = index;
        viewport.scrollLeft = Math.max(0, xOf(levels[current], day) - anchor);
        zoomOutput.textContent = `${levels[current].dataset.zoom}×`;
    }

    document.querySelector('.controls').addEventListener('click', event => {
        const action = event.target.dataset && event.target.dataset.action;
        if (action === 'in')
            zoomTo(current + 1);
        else if (action === 'out')
            zoomTo(current - 1);
        else if (action === 'reset')
            zoomTo(0);
    });
    document.addEventListener('keydown', event => {
        if (event.ctrlKey || event.metaKey || event.altKey)
            return;
        const step = viewport.clientWidth * 0.2;
        if (event.key === '+' || event.key === '=')
            zoomTo(current + 1);
        else if (event.key === '-' || event.key === '_')
            zoomTo(current - 1);
        else if (event.key === '0')
            zoomTo(0);
        else if (event.key === 'ArrowRight')
            viewport.scrollLeft += step;
        else if (event.key === 'ArrowLeft')
            viewport.scrollLeft -= step;
        else if (event.key === 'Escape')
            hide();
        else
            return;
        event.preventDefault();
    });
    viewport.addEventListener('wheel', event => {
        if (!event.ctrlKey)
            return;
        event.preventDefault();
        const box = viewport.getBoundingClientRect();
        zoomTo(current + (event.deltaY < 0 ? 1 : -1), event.clientX - box.left);
    }, {passive: false});

    // Dragging the picture pans it.
    let drag = null;
    viewport.addEventListener('pointerdown', event => {
        if (event.button !== 0 || event.target.closest('.item'))
            return;
        drag = {x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop};
        viewport.classList.add('dragging');
        viewport.setPointerCapture(event.pointerId);
    });
    viewport.addEventListener('pointermove', event => {
        if (!drag)
            return;
        viewport.scrollLeft = drag.left - (event.clientX - drag.x);
        viewport.scrollTop = drag.top - (event.clientY - drag.y);
    });
    const endDrag = () => {
        drag = null;
        viewport.classList.remove('dragging');
    };
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', endDrag);
}());

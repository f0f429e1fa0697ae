# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject overrides for libbilateral.

They make dates, events, phases and actors print readably, let dates
compare with ``<`` and ``==`` and convert to and from ``datetime.date``,
and let the methods that take a date take an EDTF string or a
``datetime.date`` as well.
"""

import datetime

from ..module import get_introspection_module
from ..overrides import override

Bilateral = get_introspection_module("Bilateral")

__all__ = []


def _as_date(value):
    """A Bilateral.Date from a Date, an EDTF string or a datetime.date."""
    if isinstance(value, Bilateral.Date):
        return value
    if isinstance(value, str):
        return Bilateral.Date.parse(value)
    if isinstance(value, datetime.date):
        return Date.from_date(value)
    raise TypeError("expected a Bilateral.Date, an EDTF string or a datetime.date, not %s" % type(value).__name__)


class Date(Bilateral.Date):
    """An EDTF date; see the C documentation of BilateralDate.

    ``==`` compares the EDTF text (``1949-12`` is not ``1949-12~``); ``<``
    and the other orderings compare the days covered, as
    ``Bilateral.Date.compare`` does.
    """

    @classmethod
    def from_date(cls, value):
        """The day of a ``datetime.date`` (a ``datetime`` gives its date)."""
        if isinstance(value, datetime.datetime):
            value = value.date()
        return Bilateral.Date.new_ymd(value.year, value.month, value.day)

    def to_date(self):
        """The ``datetime.date`` of a date known to the day.

        Raises ValueError for a date known less precisely (``1949-12``), an
        interval, or a year ``datetime`` cannot hold (0000).
        """
        if self.get_precision() != Bilateral.DatePrecision.DAY:
            raise ValueError("%s is not known to the day" % self.to_string())
        return datetime.date(self.get_year(), self.get_month(), self.get_day())

    def __str__(self):
        return self.to_string()

    def __repr__(self):
        return "Bilateral.Date(%r)" % self.to_string()

    def __hash__(self):
        return hash(self.to_string())

    def __eq__(self, other):
        if not isinstance(other, Bilateral.Date):
            return NotImplemented
        return Bilateral.Date.equal(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _compare(self, other):
        return Bilateral.Date.compare(self, _as_date(other))

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0


Date = override(Date)
__all__.append("Date")


def _actor_id(actor):
    return actor.get_id() if actor is not None else "—"


class Actor(Bilateral.Actor):
    def __str__(self):
        return self.get_name()

    def __repr__(self):
        return "<Bilateral.%s %r %s>" % (type(self).__name__, self.get_id(), self.get_name())


Actor = override(Actor)
__all__.append("Actor")


class Event(Bilateral.Event):
    def __str__(self):
        text = "%s %s → %s %s (%+g)" % (
            self.get_date().to_string(),
            _actor_id(self.get_source()),
            _actor_id(self.get_target()),
            self.get_cameo_code(),
            self.get_goldstein(),
        )
        title = self.get_title()
        return "%s %s" % (text, title) if title else text

    def __repr__(self):
        return "<Bilateral.Event %r %s>" % (self.get_id(), self.get_date().to_string())


Event = override(Event)
__all__.append("Event")


class Phase(Bilateral.Phase):
    def __str__(self):
        end = self.get_end()
        return "%s – %s %s (%+d) %s" % (
            self.get_start().to_string(),
            end.to_string() if end is not None else "..",
            self.get_stance().value_nick,
            int(self.get_stance()),
            self.get_label() or "",
        )

    def __repr__(self):
        return "<Bilateral.Phase %r %s %s–%s>" % (
            self.get_id(),
            self.get_stance().value_nick,
            self.get_start().to_string(),
            self.get_end().to_string() if self.get_end() is not None else "..",
        )


Phase = override(Phase)
__all__.append("Phase")


class Relation(Bilateral.Relation):
    def phase_at(self, date):
        """The phase at a date, given as a Date, an EDTF string or a datetime.date."""
        return Bilateral.Relation.phase_at(self, _as_date(date))

    def events_in(self, span):
        """The events within a span, given as a Date or an EDTF string."""
        return Bilateral.Relation.events_in(self, _as_date(span))

    def __repr__(self):
        return "<Bilateral.Relation %s–%s>" % (self.get_first().get_id(), self.get_second().get_id())


Relation = override(Relation)
__all__.append("Relation")

import type { Meeting } from "../types";
import { expectedAttendance } from "./expected";

// Meetings in the snapshot's future or that did not happen: no papers at all.

/** GARMS, Tuesday 10 November 2026: cancelled a fortnight ahead. The page shows only "Attendance details". */
export const garms20261110: Meeting = {
  mid: 66399,
  cid: 850,
  agendaId: 66408,
  date: "2026-11-10",
  time: "18:30",
  suffix: "CANCELLED",
  status: "Cancelled",
  venue: "hub",
  contact: "dso-garms",
  updated: "2026-10-27",
  attendance: expectedAttendance(850),
  items: [],
};

/** O&S special budget scrutiny, Tuesday 19 January 2027: scheduled, agenda not yet published. */
export const os20270119: Meeting = {
  mid: 66410,
  cid: 276,
  agendaId: 66419,
  date: "2027-01-19",
  time: "18:30",
  prefix: "(Special)",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-scrutiny",
  updated: "2026-10-20",
  attendance: expectedAttendance(276),
  items: [],
};

/** GARMS, Tuesday 2 February 2027: moved from 26 January and marked NEW, agenda not yet published. */
export const garms20270202: Meeting = {
  mid: 66411,
  cid: 850,
  agendaId: 66420,
  date: "2027-02-02",
  time: "18:30",
  prefix: "Moved from 26 January 2027",
  suffix: "NEW",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-garms",
  updated: "2026-10-27",
  attendance: expectedAttendance(850),
  items: [],
};

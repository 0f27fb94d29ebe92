import type { Item } from "../types";

// Less common standing items.

export const appointmentOfViceChair = (o: Omit<Item, "title" | "description">): Item => ({
  ...o,
  title: "Appointment of Vice-Chair",
  description: "To consider the appointment of a Vice-Chair for the 2026/27 Municipal Year.",
});

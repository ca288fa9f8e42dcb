/**
 * jest stand-in for office-addin-manifest: the real package pulls in ESM-only dependencies that jest
 * cannot require on Node 20. office-addin-mock only uses the `OfficeApp` enum (host names), so that is
 * all this exports — same values as office-addin-manifest 3.x lib/officeApp.js.
 */
"use strict";

const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };

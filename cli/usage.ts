// The --help text: what each command and option does, with the defaults from cli/command.ts.
import {
  DEFAULT_CHROMIUM,
  DEFAULT_LOAD_TIMEOUT_MS,
  DEFAULT_MIN_WAIT_MS,
  DEFAULT_QUIET_MS,
  DEFAULT_WAIT_MS,
} from './command.ts';

export const USAGE = `Usage: consent-auditor scan <url>... [options]
       consent-auditor verify <file>...
       consent-auditor diff <old.json> <new.json> [--fail-on-new] [--json <file>|-]
       consent-auditor merge <report.json>... [--json <file>|-] [--html <file>] [--junit <file>] [--fail-on <level>]

Audits each URL in a fresh Chromium (or, with --browser firefox, Firefox) profile with the Consent Auditor extension, once per consent
scenario: no answer to the cookie banner (none), reject all, accept all.

Options:
  --config <file>          read options and waivers from this JSON file (default: ./consent-auditor.config.json if
                           it exists; schema/consent-auditor.config.schema.json); command-line options override it
  --no-config              ignore ./consent-auditor.config.json
  --urls <file>            more URLs, one a line (# starts a comment)
  --consent <list>         scenarios, comma-separated: none,reject,accept (default: all three)
  --wait <ms>              longest wait after the load event and after answering the banner (default: ${DEFAULT_WAIT_MS});
                           a wait ends earlier once the page was quiet (no request, no cookie or storage write)
                           for --quiet-period, but never before --min-wait
  --quiet-period <ms>      quiet time that ends a wait (default: ${DEFAULT_QUIET_MS})
  --min-wait <ms>          shortest wait (default: ${DEFAULT_MIN_WAIT_MS})
  --answer <when>          when reject/accept answer the banner: ready (default) answers as soon as the page has
                           loaded, while the none scenario records the untouched page (before-choice evidence);
                           settled first waits for the page to settle; without none in --consent always settled
  --load-timeout <ms>      a page whose load event does not come within this is not audited (default: ${DEFAULT_LOAD_TIMEOUT_MS})
  --concurrency <n>        browsers at once, one profile each (default: two per CPU core, 2 to 8)
  --crawl <n>              audit up to n pages of the first URL's site: robots.txt Sitemap lines, /sitemap.xml
                           (and sitemap indexes), then links, breadth-first; one page per URL template first
  --include <glob>         crawl only paths matching (repeatable; * in a segment, ** across): --include '/shop/**'
  --exclude <glob>         never crawl paths matching (repeatable): --exclude '**/cart*'
  --shard <i/n|auto>       audit only the URLs whose hash falls in shard i of n (auto: Kubernetes Indexed Job,
                           JOB_COMPLETION_INDEX and JOB_COMPLETIONS); combine the shard reports with merge
  --json <file>            write the JSON report (schema/report.schema.json); "-": to stdout, the table to stderr
  --html <file>            write a self-contained HTML report
  --junit <file>           write JUnit XML: one test case per URL and scenario
  --har <dir>              write a HAR 1.2 file of the recorded requests per URL and scenario
  --fail-on <level>        violation (default), warning or never: exit 1 at or above this severity
  --chromium <path>        Chromium binary (default: $CHROMIUM_PATH or ${DEFAULT_CHROMIUM})
  --chromium-arg <arg>     extra Chromium switch, repeatable (e.g. --chromium-arg=--host-resolver-rules=...)
  --no-sandbox             run Chromium without its sandbox (root in a container); the report says so. Without it,
                           a run as root stops with exit code 2: run as a non-root user instead
  --direct                 audit without a proxy (--no-proxy-server): proxy variables in the environment are not
                           followed. Without it, a proxy Chromium may use makes every server location "not known
                           (proxy)" (the proxy's address is all a response shows)
  --browser <name>         chromium (default) or firefox: the Firefox build of the extension in Firefox (ESR);
                           --forms, --crawl and Chromium switches other than --host-resolver-rules (MAP/EXCLUDE
                           rules) and --ignore-certificate-errors are refused there
  --firefox <path>         Firefox binary (default: $CONSENT_AUDITOR_FIREFOX, /usr/bin/firefox-esr, firefox on PATH)
  --forms [fill|submit]    type canary values into the page's e-mail, phone, name and text fields and report
                           copies sent to third parties (form-data-leak); "submit" also submits the form
  --lang <en|de>           language of the finding texts and the HTML report (default: en)
  --quiet                  no progress lines on stderr
  -h, --help               this text
  -V, --version            the version

Output files are checked before any browser starts: a missing folder is an error, never created.

Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on, or a reject/accept banner that
could not be answered; 2 usage error, bad output path, Chromium that cannot start, or a URL that could not be audited
(did not load, answered HTTP 400 or above, went to another site; all other URLs are still audited); 130/143 stopped
by SIGINT/SIGTERM (browsers closed, temporary profiles removed, no report written).

diff lists what is new and what went away (trackers, cookies, storage keys, findings) per URL and scenario between two
JSON reports. Exit codes: 0; 1 with --fail-on-new when anything is new; 2 when a report cannot be read.

merge combines shard reports (JSON) into one report with one integrity block; every input must verify unchanged and
no URL × scenario may be in two inputs. Exit codes as for scan, from the merged report; 2 when the inputs cannot be merged.

verify checks exported files (JSON report, HTML, CSV, HAR) against the SHA-256 they carry and prints one line per
file: OK, CHANGED, NO INTEGRITY or UNKNOWN. Exit codes: 0 all files unchanged; 1 a file changed, without integrity
data or not an export; 2 a file could not be read or no file given.`;

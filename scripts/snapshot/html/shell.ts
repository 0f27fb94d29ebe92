import { esc } from "../format";
import { hrefs } from "../urls";

// The page chrome around div#modgov, modelled on the saved Kingston pages (same ModernGov release, Bulma theme):
// head with Dublin Core meta tags, mobile and side menus, breadcrumb, and the standard footer scripts. Harrow's
// own theme is not public, so only the wording and branding differ.

export interface ShellInput {
  /** <title> text, before " - Harrow Council". */
  title: string;
  dc?: { title: string; description?: string; date?: string; modified?: string; created?: string };
  breadcrumb: { href?: string; text: string }[];
  active: "committees" | "councillors";
  /** The content of div#modgov, header included. */
  modgov: string;
}

const menu = (active: ShellInput["active"]): string => {
  const item = (href: string, title: string, text: string, isActive = false): string =>
    `<li><a${isActive ? ' class="is-active"' : ""} href="${esc(href)}" title="${esc(title)}">${esc(text)}</a></li>`;
  return `<div class="menu"><ul class="menu-list">
${item("mgCalendarMonthView.aspx?GL=1&bcr=1", "Link to calendar of meetings", "Calendar")}
${item(hrefs.committeeList, "Link to committee structure", "Committees", active === "committees")}
${item("https://www.harrow.gov.uk/council/constitution", "Link to constitution", "Constitution")}
${item(hrefs.memberIndex, "Link to councillors", "Councillors", active === "councillors")}
${item("mgDelegatedDecisions.aspx?bcr=1&DM=0&DS=2&K=0&DR=&V=0", "Link to register of decisions", "Decisions")}
${item("mgManageElectionResults.aspx?bcr=1", "Link to election results", "Election results")}
${item("mgEPetitionListDisplay.aspx?bcr=1", "Link to ePetitions", "ePetitions")}
${item("ieDocHome.aspx?bcr=1", "Link to committee meetings", "Meetings")}
${item("mgListOutsideBodies.aspx?bcr=1", "Link to outside bodies", "Outside bodies")}
${item("ieDocSearch.aspx?bcr=1", "Link to free text search", "Search documents")}
${item("mgRegisterKeywordInterest.aspx?bcr=1", "Link to subscribe to updates", "Subscribe to updates")}
${item("mgWhatsNew.aspx?bcr=1", "Link to what's new", "What's New")}</ul></div>`;
};

const footerScripts = `<div class="mgFooter" >

	<p>&nbsp;</p>

<input type="hidden" value="false" id="hidIsExtLinkNewWindow" name="hidIsExtLinkNewWindow"><!--#79852 remove trailing slash-->

    <script type="text/javascript" src="jquery-ui/js/jquery-3.5.1.min.js"></script>
    <script type="text/javascript" src="jquery-ui/js/jquery-ui-1.13.2.min.js"></script>
    <script type="text/javascript">
	var mgJQuery = jQuery.noConflict(true);
        var thisFormValidator;
    </script>
    <script type="text/javascript" src="mgAjaxScripts.js"></script>
    <script type="text/javascript">
        function CommonAjaxInit()
        {
            Common_DocumentReady(false, 0);
        }
        mgJQuery(document).ready(CommonAjaxInit);
    </script>
</div>`;

export const settingsScript = `<script type="text/javascript">
	if(window.$ModernGov === undefined)
	{
		Object.defineProperty(window, "$ModernGov", { value: {} });
		Object.defineProperty($ModernGov, "Settings", {value: {} });
		Object.defineProperty($ModernGov, "Translations", {value: {} });
		Object.defineProperty($ModernGov.Settings, "DisableDateTimePickers", { value: false });
Object.defineProperty($ModernGov.Settings, "RequiredLanguage", { value: -1 });

	}
</script>`;

export function renderShell(input: ShellInput): string {
  const dc = input.dc;
  const meta = dc
    ? [
        `<meta name="DC.title"  content="${esc(dc.title)}"/>`,
        dc.description ? `<meta name="DC.description"  content="${esc(dc.description)}"/>` : "",
        dc.date ? `<meta name="DC.date" scheme="W3CDTF"  content="${dc.date}"/>` : "",
        dc.modified ? `<meta name="DC.date.modified" scheme="W3CDTF"  content="${dc.modified}"/>` : "",
        dc.created ? `<meta name="DC.date.created" scheme="W3CDTF"  content="${dc.created}"/>` : "",
        `<meta name="DC.subject" scheme="eGMS.IPSV"  content="Government, politics and public administration"/>`,
        `<meta name="DC.subject" scheme="eGMS.IPSV"  content="Local government"/>`,
        `<meta name="DC.subject" scheme="eGMS.IPSV"  content="Decision making"/>`,
        `<meta name="DC.subject" scheme="eGMS.IPSV"  content="Council meetings"/>`,
      ]
        .filter(Boolean)
        .join("\n")
    : "";
  const crumbs = input.breadcrumb
    .map((c) => (c.href ? `<li><a  href="${esc(c.href)}" >${esc(c.text)}</a></li>` : `<li>${esc(c.text)}</li>`))
    .join("");
  return `<!DOCTYPE html>



<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta http-equiv="X-UA-Compatible" content="IE=edge">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv='X-UA-Compatible' content='IE=edge, chrome=1' />${meta}

<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.min.css" rel="stylesheet" />
<link type="text/css" href="jquery-ui/Add-ons/mg.jqueryaddons.css" rel="stylesheet" />
		<title>${esc(input.title)} - Harrow Council</title>

		<link href="SiteSpecific/res/css/bulma.min.css" rel="stylesheet" />
		<link href="sitespecific/ssMgStyles.css" rel="stylesheet" type="text/css" />
		<link href="sitespecific/ssWordStyles.css" rel="stylesheet" type="text/css" />
		<link href="sitespecific/ssMgResponsive.css" rel="stylesheet" type="text/css" />
	</head>
	<body class="has-background-light">
		<a class="sr-only" href="#mgMainContent">Skip to main content</a>
		<div class="container has-background-white">
			<header id="page-header">
				<div>
					<a href="https://www.harrow.gov.uk/"><img src="SiteSpecific/res/img/HarrowLogo.png" alt="Harrow Council logo" /></a>
				</div>
			</header>
		</div>
		<div class="is-hidden-desktop section reduced-top-padding no-bottom-padding">
			<div id="mobile-menu-holder">
				<div class="dropdown" id="mobile-menu">
					<div class="dropdown-trigger">
						<button class="button is-large" type="button" onclick="handleMobileMenu(this)">Section menu <span class="caret"></span></button>
					</div>
					<div class="dropdown-menu">
						<div class="dropdown-content">
						${menu(input.active)}
						</div>
					</div>
				</div>
			</div>
		</div>
		<div class="section reduced-top-padding">
		<div class="container has-background-white">
			<div role="main">
				<a class="is-hidden" name="mgMainContent"></a>
				<div id="content-holder">
					<div class="section">
					<div class="columns">
						<div class="column">
							<nav aria-label="Breadcrumb" class="breadcrumb has-bullet-separator" id="breadcrumb-holder"><ul><li><a href="https://www.harrow.gov.uk/">Home</a></li>${crumbs}</ul></nav>
							<div id="modgov">${input.modgov}
${footerScripts}
</div>
						</div>
						<nav class="column is-one-quarter is-hidden-mobile is-hidden-tablet-only" id="side-nav">
						${menu(input.active)}
						</nav>
					</div>
					</div>
				</div>
			</div>
		</div>
		</div>
		<footer id="page-footer" class="footer">
		<div class="has-text-centered">
			<small>&copy; Harrow Council. All Rights Reserved.</small>
		</div>
		</footer>
	</body>
	<script>
		function handleMobileMenu(e)
		{
			var dropdown = document.getElementById("mobile-menu");
			dropdown.classList.toggle("is-active");
		}
	</script>
</html>
`;
}

/** The h1 header and optional h2 subtitle every ModernGov page opens div#modgov with. */
export function mgHeader(h1: string, subtitleHtml?: string): string {
  const sub = subtitleHtml ? `\n			<div class="mgSubTitle" >\n				<h2 class="mgSubTitleTxt">${subtitleHtml}</h2>\n				</div>` : "";
  return `<div class="mgHeader"><h1  class="mgMainTitleTxt" >${esc(h1)}</h1></div>${sub}`;
}

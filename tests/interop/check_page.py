#!/usr/bin/env python3
"""The query page in headless Chromium (Debian's, driven by Selenium and Debian's
chromedriver): it loads with no network beyond the server, runs an example query, renders
its rows, draws an attack, and leaves a screenshot."""
import json
import os
import shutil
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from common import ROOT, check, finish, serve, store_with

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # The network is closed: no background fetches, updates or sync to flood it.
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1500,1300", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium must not try to download one.
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def type_query(driver, text):
    """Replaces the editor's text by typing, as a person would."""
    editor = driver.find_element(By.CSS_SELECTOR, "#editor .cm-content")
    editor.click()
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(text)


def expected_rows(base, name):
    query = (ROOT / f"queries/{name}.rq").read_text()
    request = urllib.request.Request(base + "/query", data=query.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    return len(json.load(urllib.request.urlopen(request))["results"]["bindings"])


def main():
    store = store_with(ROOT / "examples/westgate")
    out = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or tempfile.mkdtemp(prefix="newsgraph-page-"))
    out.mkdir(parents=True, exist_ok=True)
    server, base = serve(store, "--quiet")
    with server, tempfile.TemporaryDirectory(prefix="newsgraph-chromium-") as profile:
        driver = browser(profile)
        try:
            wait = WebDriverWait(driver, 30)
            driver.get(base + "/")
            check("newsgraph" in driver.title, f"the page loads ({driver.title!r})")
            queries = len(list((ROOT / "queries").glob("*.rq")))
            wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#examples button")) == queries)
            check(True, "the six example queries are one click away")
            # The page runs the first example on load; let it land before typing.
            wait.until(lambda d: d.find_element(By.ID, "results").get_attribute("data-rows"))

            type_query(driver, "SELECT ?x WHERE {")
            driver.find_element(By.CSS_SELECTOR, "#editor .cm-content").send_keys(Keys.CONTROL, Keys.ENTER)
            wait.until(lambda d: "malformed query" in d.find_element(By.ID, "status").text)
            check(True, "a malformed query, run with Ctrl-Enter, shows the parser's message")

            # Type a query of one's own and run it with the button.
            type_query(driver, "SELECT ?label WHERE { ?a a ng:Attack ; rdfs:label ?label } ORDER BY ?label")
            driver.find_element(By.ID, "run").click()
            wait.until(lambda d: "rdfs" not in d.find_element(By.ID, "status").text and
                       d.find_element(By.CSS_SELECTOR, "#results thead th").text == "label")
            labels = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "#results tbody td")]
            check(any(l.startswith("Westgate") and l.endswith("attack") for l in labels),
                  f"a typed query runs: {labels}")

            want = expected_rows(base, "casualties_by_source")
            driver.find_element(By.CSS_SELECTOR, '#examples button[data-example="casualties_by_source"]').click()
            wait.until(lambda d: d.find_element(By.ID, "results").get_attribute("data-rows") == str(want)
                       and "countText" in d.find_element(By.CSS_SELECTOR, "#results thead").text)
            rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
            check(len(rows) == want, f"casualties_by_source renders {len(rows)} rows, as the endpoint answers ({want})")
            header = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#results thead th")]
            check(header[:3] == ["article", "attack", "kind"], f"the table has the query's columns: {header}")
            text = driver.find_element(By.ID, "results").text
            check("killed" in text and "Westgate" in text, "the rows hold the figures and the attack")

            wait.until(lambda d: int(d.find_element(By.ID, "graph").get_attribute("data-nodes") or 0) > 5)
            graph = driver.find_element(By.ID, "graph")
            labels = graph.get_attribute("data-labels").split("|")
            nodes = int(graph.get_attribute("data-nodes"))
            check(any(l.startswith("Westgate") for l in labels) and "Al-Shabab" in labels
                  and any("killed" in l for l in labels),
                  f"the attack picture shows place, perpetrator and figures ({nodes} nodes)")
            summary = driver.find_element(By.ID, "attack-summary").text
            check("Westgate" in summary, f"the picture is summed up: {summary!r}")
            canvas_painted = driver.execute_script(
                "const c = document.querySelector('#graph canvas[data-id=\"layer2-node\"]') || document.querySelectorAll('#graph canvas')[2];"
                "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n;")
            check(canvas_painted > 1000, f"the graph is painted ({canvas_painted} pixels)")

            driver.execute_script("window.scrollTo(0, 0)")
            shot = out / "query-page.png"
            driver.save_screenshot(str(shot))
            check(shot.stat().st_size > 10000, f"screenshot saved: {shot}")
            errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            check(not errors or all("malformed" in e["message"] or "400" in e["message"] for e in errors),
                  f"no script errors in the console: {errors[:3]}")
        finally:
            driver.quit()
    finish()


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The web console in a real browser (Debian's chromium, chromium-driver, python3-selenium), over a
real billetd: a throwaway Dovecot and SMTP sink (scripts/mail-sandbox.sh), billetd running as a
daemon, billetweb on 127.0.0.1. A full flow: sign in, the queue, a ticket whose subject and body
carry <script> and <img onerror>, a public note that reaches the SMTP sink, a level change that
moves the due time on the page, resolve, sign out; a throttled wrong password, a form without
its CSRF token, a customer-service account kept out of a ticket.

usage: browser_test.py SOURCE_DIR BUILD_DIR [SCREENSHOT_DIR]
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SOURCE, BUILD = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else ""
SANDBOX = os.path.join(SOURCE, "scripts", "mail-sandbox.sh")
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_for(predicate, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def main():
    work = tempfile.mkdtemp(prefix="bw-", dir="/tmp")
    os.chmod(work, 0o755)
    mail = os.path.join(work, "mail")
    subprocess.run(["bash", SANDBOX, "start", mail], check=True, capture_output=True)
    env = dict(line.split("=", 1) for line in open(os.path.join(mail, "env")).read().split())
    procs = []
    driver = None
    try:
        web_port = free_port()
        config = os.path.join(work, "billetd.toml")
        with open(config, "w") as f:
            f.write(f"""[service]
database = "{work}/billetd.db"
rules = "{SOURCE}/etc/rules.toml"
poll_interval_seconds = 1
own_addresses = ["support@somum.com", "sac@somum.com"]
[acknowledgements]
templates = "{SOURCE}/etc/templates"
[smtp]
url = "smtp://localhost:{env['SMTP_PORT']}"
user = "billetd"
password_file = "{env['SMTP_PASSWORD_FILE']}"
ca_file = "{env['CA_FILE']}"
retry_initial_seconds = 1
[web]
listen = "127.0.0.1:{web_port}"
secure_cookie = false
[[mailbox]]
name = "support"
url = "imaps://localhost:{env['IMAPS_PORT']}/INBOX"
user = "support"
address = "support@somum.com"
password_file = "{env['SUPPORT_PASSWORD_FILE']}"
kind = "ticket"
ca_file = "{env['CA_FILE']}"
[[mailbox]]
name = "sac"
url = "imap://localhost:{env['IMAP_PORT']}/INBOX"
user = "sac"
address = "sac@somum.com"
password_file = "{env['SAC_PASSWORD_FILE']}"
kind = "complaint"
ca_file = "{env['CA_FILE']}"
""")
        hostile = ("From: Julie Tremblay <julie@ville.qc.ca>\r\nSubject: Export <script>alert(1)</script> plante\r\n"
                   "Message-ID: <b1@ville.qc.ca>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                   "L'export ne fonctionne plus. <img src=x onerror=alert(2)>\r\n")
        subprocess.run(["bash", SANDBOX, "deliver", mail, "support"], input=hostile.encode(), check=True)
        subprocess.run(["bash", SANDBOX, "deliver", mail, "sac"], check=True,
                       input=b"From: c@ville.qc.ca\r\nSubject: Plainte\r\nMessage-ID: <c1@x>\r\n\r\nImpoli.\r\n")
        procs.append(subprocess.Popen([os.path.join(BUILD, "tools", "billetd"), "--config", config],
                                      stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "billetd.log"), "w")))
        sent_dir = os.path.join(env["SMTP_DIR"], "messages")
        check(wait_for(lambda: os.path.isdir(sent_dir) and
                       len([n for n in os.listdir(sent_dir) if n.endswith(".eml")]) >= 2, 60),
              "billetd ingested both messages and acknowledged them")
        ctl = os.path.join(BUILD, "tools", "billetctl")
        for name, role in (("lea", "lead"), ("marc", "service")):
            subprocess.run([ctl, "--config", config, "user", "add", name, "--role", role],
                           input=b"une phrase de passe\n", check=True, capture_output=True)
        procs.append(subprocess.Popen([os.path.join(BUILD, "tools", "billetweb"), "--config", config],
                                      stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "billetweb.log"), "w")))
        base = f"http://127.0.0.1:{web_port}"
        check(wait_for(lambda: urllib.request.urlopen(base + "/login", timeout=1).status == 200), "billetweb answers")

        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                    f"--user-data-dir={work}/chrome"):
            options.add_argument(arg)
        options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"),
                                  options=options)
        driver.set_page_load_timeout(40)
        driver.implicitly_wait(10)  # elements of a page still loading are waited for

        def click_and_wait(element):
            old = driver.find_element(By.TAG_NAME, "html")
            element.click()

            def navigated(_):
                # The old page is gone: chromedriver says so as a stale element or, mid-navigation,
                # as "Node ... does not belong to the document" (a plain WebDriverException).
                try:
                    old.is_enabled()
                    return False
                except WebDriverException:
                    return True

            WebDriverWait(driver, 40).until(navigated)
            WebDriverWait(driver, 40).until(lambda d: d.execute_script("return document.readyState") == "complete")

        def login(user, password):
            driver.get(base + "/login")
            driver.find_element(By.NAME, "user").send_keys(user)
            driver.find_element(By.NAME, "password").send_keys(password)
            click_and_wait(driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))

        login("lea", "une phrase de passe")
        check("File des billets" in driver.page_source, "the queue after signing in")
        check("Export &lt;script&gt;" in driver.page_source and "<script>alert" not in driver.page_source,
              "the subject is text in the queue, not markup")
        if SHOTS:
            driver.save_screenshot(os.path.join(SHOTS, "queue.png"))
        click_and_wait(driver.find_element(By.PARTIAL_LINK_TEXT, "Export"))
        check(driver.find_elements(By.TAG_NAME, "img") == [], "the client's <img onerror> is no element")
        check("<img src=x onerror=alert(2)>" in driver.find_element(By.TAG_NAME, "main").text,
              "the client's words are shown as written")
        due_before = re.search(r"échéance ([^(]*)\(", driver.find_element(By.TAG_NAME, "main").text)
        if SHOTS:
            driver.save_screenshot(os.path.join(SHOTS, "ticket.png"))
        driver.find_element(By.NAME, "text").send_keys("Nous corrigeons l'export, retour d'ici 11 h.")
        click_and_wait(driver.find_element(By.CSS_SELECTOR, "form[action$='/note'] button"))
        check(wait_for(lambda: any("corrigeons l" in open(os.path.join(sent_dir, n), errors="replace").read()
                                   or "corrigeons" in open(os.path.join(sent_dir, n), errors="replace").read()
                                   for n in os.listdir(sent_dir) if n.endswith(".eml")), 30),
              "the public note reached the client through the SMTP sink")
        level_form = driver.find_element(By.CSS_SELECTOR, "form[action$='/level']")
        for option in level_form.find_elements(By.TAG_NAME, "option"):
            if option.text == "1":
                option.click()
        level_form.find_element(By.NAME, "text").send_keys("Tout le service est bloqué")
        click_and_wait(level_form.find_element(By.TAG_NAME, "button"))
        due_after = re.search(r"échéance ([^(]*)\(", driver.find_element(By.TAG_NAME, "main").text)
        check("niveau 1" in driver.find_element(By.TAG_NAME, "main").text, "the level is 1 on the page")
        check(due_before and due_after and due_before.group(1) != due_after.group(1),
              f"the due time on the page changed with the level ({due_before and due_before.group(1)} -> "
              f"{due_after and due_after.group(1)})")
        click_and_wait(driver.find_element(By.CSS_SELECTOR, "form[action$='/resolve'] button"))
        check("résolu" in driver.find_element(By.TAG_NAME, "main").text, "resolved")
        driver.get(base + "/dashboard")
        check("<svg" in driver.page_source, "the dashboard draws pictures")
        if SHOTS:
            driver.save_screenshot(os.path.join(SHOTS, "dashboard.png"))
        click_and_wait(driver.find_element(By.CSS_SELECTOR, "form[action='/logout'] button"))
        driver.get(base + "/")
        check("/login" in driver.current_url, "signed out: back to the login page")

        for _ in range(5):
            login("lea", "pas le bon mot de passe")
        login("lea", "une phrase de passe")
        check("Trop d'essais" in driver.page_source or "Trop d&#39;essais" in driver.page_source,
              "wrong passwords are throttled")

        login("marc", "une phrase de passe")
        check("Plaintes" in driver.page_source, "customer service sees the complaints")
        driver.get(base + "/ticket/1")
        check("Aucun billet pour vous sous ce numéro" in driver.page_source, "customer service cannot open a ticket")
        cookie = driver.get_cookie("billet_session")["value"]
        request = urllib.request.Request(base + "/ticket/2/note", data=b"text=forged", method="POST",
                                         headers={"Cookie": "billet_session=" + cookie})
        try:
            urllib.request.urlopen(request, timeout=5)
            status = 200
        except urllib.error.HTTPError as e:
            status = e.code
        check(status == 403, "a form posted without its CSRF token is refused")
    finally:
        if driver:
            driver.quit()
        for p in procs:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["bash", SANDBOX, "stop", mail], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

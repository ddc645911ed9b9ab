#!/usr/bin/env python3
"""Regenerates the output golden files from the real AWS CLI v2.

Runs the reference AWS CLI (2.36.12, .ci/reference-cli.sh; AWS_CLI picks another) against a throw-away local stub of the SSO portal and STS endpoints
(`--endpoint-url`), once per case, and writes for each case:

  src/test/resources/golden/output/<name>.case.json   the input: the service data as our response model, the
                                                       output settings, the paging arguments, the service calls
                                                       the CLI made and its exit code
  src/test/resources/golden/output/<name>.out          the exact stdout bytes
  src/test/resources/golden/output/<name>.err          the exact stderr bytes (only when not empty)

Usage: python3 src/test/golden-capture/capture.py [name-substring ...]
Only the standard library is needed; AWS_CLI overrides the CLI path.
"""
import base64
import fcntl
import http.server
import json
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import urllib.parse
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parents[3]
# The reference CLI (.ci/reference-cli.sh unpacks it); AWS_CLI picks another one.
AWS = (os.environ.get("AWS_CLI") or os.environ.get("AWS_REFERENCE_CLI")
       or str(ROOT / ".cache" / "awscli-2.36.12" / "dist" / "aws"))
OUT_DIR = ROOT / "src" / "test" / "resources" / "golden" / "output"

STATE = {"scenario": None, "requests": []}


class Stub(http.server.BaseHTTPRequestHandler):
    """Answers like the SSO portal (REST-JSON, offset page tokens) and STS (query protocol, XML)."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        scenario = STATE["scenario"]
        url = urllib.parse.urlparse(self.path)
        params = urllib.parse.parse_qs(url.query)
        if scenario["kind"] == "single":
            self._send(200, "application/json", json.dumps(scenario["wire"]).encode())
            return
        token = params.get("next_token", [None])[0]
        max_result = params.get("max_result", [None])[0]
        STATE["requests"].append({"nextToken": token, "maxResults": None if max_result is None else int(max_result)})
        page = list_page(scenario["service"], token, None if max_result is None else int(max_result))
        self._send(200, "application/json", json.dumps(page, ensure_ascii=False).encode())

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        r = STATE["scenario"]["response"]
        members = "".join("<%s>%s</%s>" % (k, escape(r[k]), k) for k in ("Arn", "UserId", "Account") if k in r)
        body = ('<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
                "<GetCallerIdentityResult>%s</GetCallerIdentityResult>"
                "<ResponseMetadata><RequestId>c0ffee00-0000-4000-8000-000000000000</RequestId></ResponseMetadata>"
                "</GetCallerIdentityResponse>" % members)
        self._send(200, "text/xml", body.encode())

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def list_page(service, token, max_result):
    """One page of a list operation: items from the offset in the token; wire order puts the list first."""
    if service["items"] is None:
        return {}
    items = service["items"]
    start = 0 if token is None else int(token[len(service["tokenPrefix"]):])
    size = max_result if max_result is not None else service["defaultPageSize"]
    page = {service["resultKey"]: items[start:start + size]}
    if start + size < len(items):
        page["nextToken"] = service["tokenPrefix"] + str(start + size)
    return page


STS = {"UserId": "AROAEXAMPLEID:alice", "Account": "111122223333",
       "Arn": "arn:aws:sts::111122223333:assumed-role/ReadOnly/alice"}
STS_LONG = {"UserId": "AROAEXAMPLEID:alice.wonderland@example.com", "Account": "111122223333",
            "Arn": "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef"
                   "/alice.wonderland@example.com"}

ACCOUNTS = [
    {"accountId": "111122223333", "accountName": "dev", "emailAddress": "dev@example.com"},
    {"accountId": "444455556666", "accountName": "prod", "emailAddress": "prod@example.com"},
    {"accountId": "777788889999", "accountName": "test"},
]
ACCOUNTS_UNICODE = [
    {"accountId": "111122223333", "accountName": "Entwicklung Zürich", "emailAddress": "zürich@example.com"},
    {"accountId": "222233334444", "accountName": "開発アカウント", "emailAddress": "dev@例え.jp"},
    {"accountId": "333344445555", "accountName": "🚀 launch", "emailAddress": "rocket@example.com"},
    {"accountId": "444455556666", "accountName": "Ωmega – prod ✓", "emailAddress": "omega@example.com"},
    {"accountId": "555566667777", "accountName": "Ｆｕｌｌ ｗｉｄｔｈ", "emailAddress": "ß@example.com"},
]
ACCOUNTS_MISSING = [
    {"accountId": "111122223333"},
    {"accountId": "222233334444", "emailAddress": "only-email@example.com"},
    {"accountId": "333344445555", "accountName": "only-name"},
]
ACCOUNTS_WIDE = [
    {"accountId": "111122223333", "accountName": "Platform Engineering Shared Services Production",
     "emailAddress": "aws-platform-engineering-shared-services-prod@example.com"},
    {"accountId": "444455556666", "accountName": "Data Lake Analytics Sandbox",
     "emailAddress": "aws-data-lake-analytics-sandbox@example.com"},
]
SPECIAL_NAMES = [
    "yes", "no", "on", "off", "y", "true", "True", "FALSE", "null", "Null", "~", "", "123", "0123", "-7", "+1",
    "1.5", "1e3", "1_000", ".5", ".inf", "-.Inf", ".nan", "0x1F", "0o17", "0b101", "2023-01-01",
    "2023-01-01 10:00:00", "12:30", "<<", "=", "- dash", "-dash", "-", "?", "? q", "?q", ":", ": c", "a: b",
    "a:b", "key:", "#hash", "a #b", "a# b", "@at", "`tick", "[x]", "x[y]", "{y}", "a,b", "*star", "&amp", "!bang",
    "%pct", "|pipe", ">gt", "'quoted'", "O'Brien", 'say "hi"', "back\\slash", "multi\nline", "trailing\n",
    "\nleading", "tab\there", " leading", "trailing ", "two  spaces", "ctrl\u0001char", "del\u007fchar",
    "nel\u0085x", "nbsp\u00a0x", "ls\u2028x", "bom\ufeffx", "é", "...", "---", "--- x", "...x", "a\r\nb",
    "ends with colon:", "#", "%", "@",
]
ACCOUNTS_SPECIAL = [{"accountId": "%012d" % (100000000000 + i), "accountName": name}
                    for i, name in enumerate(SPECIAL_NAMES)]
LONG_PLAIN = ("This is a very long account name with many words that will certainly exceed the eighty column "
              "width of the emitter and then keep going for a while longer")
ACCOUNTS_LONG = [
    {"accountId": "111122223333", "accountName": LONG_PLAIN, "emailAddress": "long@example.com"},
    {"accountId": "222233334444", "accountName": "'" + LONG_PLAIN, "emailAddress": "x" * 100 + "@example.com"},
    {"accountId": "333344445555", "accountName": "tab\t" + LONG_PLAIN, "emailAddress": "y@example.com"},
    {"accountId": "444455556666", "accountName": "123 " + LONG_PLAIN + "  double  spaces  " + LONG_PLAIN},
    {"accountId": "555566667777", "accountName": "k" * 130},
]
ROLES = [
    {"roleName": "ReadOnly", "accountId": "111122223333"},
    {"roleName": "AdministratorAccess", "accountId": "111122223333"},
    {"roleName": "Billing", "accountId": "111122223333"},
]
CREDS = {"roleCredentials": {"accessKeyId": "ASIAEXAMPLEKEY", "secretAccessKey": "secretEXAMPLE",
                             "sessionToken": "tokenEXAMPLE", "expiration": 1795672590000}}
CREDS_LONG = {"roleCredentials": {
    "accessKeyId": "ASIAQWERTYUIOPASDFGH",
    "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sessionToken": "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD" + "A1b2C3d4E5f6G7h8" * 24 + "==",
    "expiration": 1795672590000}}


def model_order(item, order):
    return {k: item[k] for k in order if k in item}


def account_model(items):
    return [model_order(a, ("accountId", "accountName", "emailAddress")) for a in items]


def role_model(items):
    return [model_order(r, ("roleName", "accountId")) for r in items]


CASES = []


def case(name, **kw):
    CASES.append(dict(name=name, **kw))


def sts(name, response=STS, **kw):
    case(name, kind="sts", operation="GetCallerIdentity", args=["sts", "get-caller-identity"],
         response=model_order(response, ("UserId", "Account", "Arn")), **kw)


def list_accounts(name, items=ACCOUNTS, page_size=2, **kw):
    service = {"resultKey": "accountList", "items": None if items is None else account_model(items),
               "defaultPageSize": page_size, "tokenPrefix": "page-"}
    case(name, kind="list", operation="ListAccounts",
         args=["sso", "list-accounts", "--access-token", "example-token"], service=service, **kw)


def list_roles(name, items=ROLES, page_size=2, **kw):
    service = {"resultKey": "roleList", "items": None if items is None else role_model(items),
               "defaultPageSize": page_size, "tokenPrefix": "page-"}
    case(name, kind="list", operation="ListAccountRoles",
         args=["sso", "list-account-roles", "--access-token", "example-token", "--account-id", "111122223333"],
         service=service, **kw)


def role_credentials(name, response=CREDS, **kw):
    model = {}
    if "roleCredentials" in response:
        model["roleCredentials"] = model_order(
            response["roleCredentials"], ("accessKeyId", "secretAccessKey", "sessionToken", "expiration"))
    case(name, kind="single", operation="GetRoleCredentials",
         args=["sso", "get-role-credentials", "--access-token", "example-token", "--role-name", "ReadOnly",
               "--account-id", "111122223333"], response=model, **kw)


FORMATS = ["json", "text", "table", "yaml", "yaml-stream"]


def define_cases():
    for fmt in FORMATS:
        sts("sts-" + fmt, output=fmt)
        sts("sts-query-account-" + fmt, output=fmt, query="Account")
        sts("sts-query-list-" + fmt, output=fmt, query="[Account,Arn]")
        sts("sts-query-hash-" + fmt, output=fmt, query="{z:Account,b:UserId}")
        sts("sts-query-missing-" + fmt, output=fmt, query="NoSuchKey")
        sts("sts-query-nested-" + fmt, output=fmt, query="{ids:[Account,UserId],meta:{arn:Arn,n:length(Arn)}}")
        sts("sts-query-literals-" + fmt, output=fmt,
            query="[`1.5`, `true`, `null`, `-3`, `1e300`, `0.1`, `100000000000000000000`, `[]`, `{}`, '']")
        sts("sts-long-" + fmt, response=STS_LONG, output=fmt)
        list_accounts("list-accounts-" + fmt, output=fmt)
        list_accounts("list-accounts-unicode-" + fmt, items=ACCOUNTS_UNICODE, output=fmt)
        list_accounts("list-accounts-missing-fields-" + fmt, items=ACCOUNTS_MISSING, output=fmt)
        list_accounts("list-accounts-empty-" + fmt, items=[], output=fmt)
        list_accounts("list-accounts-absent-list-" + fmt, items=None, output=fmt)
        list_accounts("list-accounts-wide-" + fmt, items=ACCOUNTS_WIDE, output=fmt)
        list_accounts("list-accounts-special-" + fmt, items=ACCOUNTS_SPECIAL, page_size=100, output=fmt)
        list_accounts("list-accounts-max-items-1-" + fmt, output=fmt, max_items="1")
        list_accounts("list-accounts-max-items-2-" + fmt, output=fmt, max_items="2")
        list_accounts("list-accounts-page-size-1-" + fmt, output=fmt, page_size_arg="1")
        list_accounts("list-accounts-no-paginate-" + fmt, output=fmt, no_paginate=True)
        list_accounts("list-accounts-query-ids-" + fmt, output=fmt, query="accountList[].accountId")
        list_accounts("list-accounts-query-pairs-" + fmt, output=fmt,
                      query="accountList[].[accountId, accountName]")
        list_accounts("list-accounts-query-max-items-" + fmt, output=fmt, query="accountList[].accountId",
                      max_items="1")
        list_accounts("list-accounts-query-first-" + fmt, output=fmt, query="accountList[0]")
        list_accounts("list-accounts-query-deep-" + fmt, output=fmt,
                      query="[accountList[].accountId, [`1`, [`2`, [`3`]]], {a: accountList[0]}]")
        list_roles("list-account-roles-" + fmt, output=fmt)
        list_roles("list-account-roles-empty-" + fmt, items=[], output=fmt)
        list_roles("list-account-roles-max-items-2-" + fmt, output=fmt, max_items="2", page_size_arg="1")
        role_credentials("get-role-credentials-" + fmt, output=fmt)
        role_credentials("get-role-credentials-long-" + fmt, response=CREDS_LONG, output=fmt)
        role_credentials("get-role-credentials-empty-" + fmt, response={}, output=fmt)
        role_credentials("get-role-credentials-query-expiration-" + fmt, output=fmt,
                         query="roleCredentials.expiration")
    for fmt in ("json", "text", "yaml"):
        list_accounts("list-accounts-long-" + fmt, items=ACCOUNTS_LONG, output=fmt)
    sts("sts-default-output")
    sts("sts-env-output-text", env={"AWS_DEFAULT_OUTPUT": "text"})
    sts("sts-env-output-overridden", output="yaml", env={"AWS_DEFAULT_OUTPUT": "text"})
    sts("sts-env-output-bogus", env={"AWS_DEFAULT_OUTPUT": "bogus"})
    sts("sts-profile-output-table", profile_output="table")
    sts("sts-profile-output-overridden-by-env", profile_output="table", env={"AWS_DEFAULT_OUTPUT": "text"})
    sts("sts-color-on-table", output="table", color="on")
    sts("sts-color-on-json", output="json", color="on")
    sts("sts-color-off-table", output="table", color="off")
    list_accounts("list-accounts-color-on-table", output="table", color="on")
    list_accounts("list-accounts-unicode-color-on-table", items=ACCOUNTS_UNICODE, output="table", color="on")
    role_credentials("get-role-credentials-long-color-on-table", response=CREDS_LONG, output="table", color="on")
    list_accounts("list-accounts-query-pairs-color-on-table", output="table", color="on",
                  query="accountList[].[accountId, accountName]")
    list_accounts("list-accounts-query-deep-color-on-table", output="table", color="on",
                  query="[accountList[].accountId, [`1`, [`2`, [`3`]]], {a: accountList[0]}]")
    list_accounts("list-accounts-page-size-2-query-text", output="text", page_size_arg="2",
                  query="accountList[].accountId")
    list_accounts("list-accounts-page-size-2-query-yaml-stream", output="yaml-stream", page_size_arg="2",
                  query="accountList[].accountId")
    list_accounts("list-accounts-page-size-2-query-scalar-yaml-stream", output="yaml-stream", page_size_arg="2",
                  query="nextToken")
    list_accounts("list-accounts-query-scalar-text", output="text", query="nextToken")
    start_1 = base64.b64encode(b'{"nextToken": null, "boto_truncate_amount": 1}').decode()
    start_2_1 = base64.b64encode(b'{"nextToken": "page-2", "boto_truncate_amount": 1}').decode()
    start_2 = base64.b64encode(b'{"nextToken": "page-2"}').decode()
    for fmt in ("json", "text"):
        list_accounts("list-accounts-starting-token-" + fmt, output=fmt, starting_token=start_1)
        list_accounts("list-accounts-starting-token-max-items-" + fmt, output=fmt, starting_token=start_1,
                      max_items="1")
    list_accounts("list-accounts-starting-token-page-2", items=ACCOUNTS_UNICODE, starting_token=start_2_1,
                  max_items="2")
    list_accounts("list-accounts-starting-token-boundary", items=ACCOUNTS_UNICODE, starting_token=start_2)
    list_accounts("list-accounts-starting-token-raw", items=ACCOUNTS_UNICODE, starting_token="page-2")
    list_accounts("list-accounts-starting-token-deprecated", items=ACCOUNTS_UNICODE, starting_token="page-2___1")
    list_accounts("list-accounts-starting-token-none", items=ACCOUNTS_UNICODE, starting_token="None___2")
    list_accounts("list-accounts-max-items-0", max_items="0")
    list_accounts("list-accounts-max-items-negative", items=ACCOUNTS_UNICODE, max_items="-1", page_size=5)
    list_accounts("list-accounts-max-items-larger", max_items="10")
    list_accounts("list-accounts-max-items-page-size", items=ACCOUNTS_UNICODE, max_items="3", page_size_arg="2")
    list_accounts("list-accounts-max-items-plus-sign", max_items="+1")
    list_accounts("list-accounts-max-items-underscore", items=ACCOUNTS_UNICODE, max_items="1_0")
    list_accounts("list-accounts-max-items-spaces", max_items=" 2 ")
    list_accounts("list-accounts-max-items-table-wide", items=ACCOUNTS_WIDE, output="table", max_items="1")
    list_accounts("list-accounts-absent-list-max-items", items=None, max_items="1")
    # Bad input: exit codes and messages.
    list_accounts("list-accounts-page-size-0", page_size_arg="0")
    list_accounts("list-accounts-page-size-negative", page_size_arg="-3")
    list_accounts("list-accounts-page-size-abc", page_size_arg="abc")
    list_accounts("list-accounts-max-items-abc", max_items="abc")
    list_accounts("list-accounts-max-items-float", max_items="1.5")
    list_accounts("list-accounts-max-items-empty", max_items="")
    list_accounts("list-accounts-no-paginate-max-items", no_paginate=True, max_items="1")
    list_accounts("list-accounts-no-paginate-all-args", no_paginate=True, max_items="1", page_size_arg="1",
                  starting_token=start_1)
    list_accounts("list-accounts-no-paginate-max-items-0", no_paginate=True, max_items="0")
    list_accounts("list-accounts-env-output-bogus", env={"AWS_DEFAULT_OUTPUT": "bogus"})
    for i, bad in enumerate(["[", "Account[", "Account.", "foo bar", "a ||", "[?", "Account)", "length(",
                             "@@", "'unterminated", "`{", "\"unterminated", "&", "a[0:1:2:3]", "a.[", "{a",
                             "{a:", "{a:b", "{a:b,", "foo[?bar==]", "!", "[*", "a.b.c.", "*.", "a |", ")",
                             "]", "a]", "1", "`1`x", "foo.1", "a[", "a[-", "a[1", "a[1:", "a[?b", "sort_by(@,",
                             "~", "a  b", "$", "a.'b'", "[1,", "{}", "foo[]]", "a.{}", "\"a\\q\"",
                             "Account==", "foo[?a<]", "?", "a.b[", "\"a\tb\"", "\"a\\u\u0663\u0663\u0663\u0663\""]):
        sts("sts-bad-query-%02d" % i, query=bad)
    for i, q in enumerate(["length(NoSuchKey)", "sort_by(@, &Account)", "nosuchfunction(@)", "abs(Account)",
                           "to_number(Account)", "join(', ', [Account, Arn])", "keys(@)", "values(@)",
                           "max_by([@], &Account)", "contains(Arn, 'alice')", "Account > UserId",
                           "length(@, @)", "@.Account", "*", "[*]", "Account | [0]"]):
        sts("sts-query-function-%02d" % i, query=q, output="json")
    for i, q in enumerate(["accountList[?accountName=='dev'].emailAddress | [0]", "length(accountList)",
                           "accountList[*].{id: accountId, mail: emailAddress}", "reverse(accountList)[0]",
                           "sort_by(accountList, &accountName)[].accountName", "max_by(accountList, &accountId)",
                           "accountList[0:2]", "accountList[-1]", "accountList[::-1].accountId",
                           "accountList[?emailAddress] | length(@)", "not_null(accountList[2].emailAddress, 'n/a')",
                           "map(&accountId, accountList)", "min_by(accountList, &accountName).accountId",
                           "sum(`[1, 2.5]`)", "avg(`[1, 2]`)", "ceil(`1.2`)", "floor(`-1.2`)",
                           "to_string(accountList[0])", "type(accountList)", "merge(accountList[0], `{\"x\": 1}`)",
                           "starts_with(accountList[0].accountName, 'd')", "ends_with('abc', 'c')",
                           "accountList[].accountId | join(',', @)", "`\"\\u00e9\\n\"`", "'a\\'b'",
                           "accountList[?contains(accountName, 'e')].accountName"]):
        list_accounts("list-accounts-query-function-%02d" % i, query=q, output="json")
    for i, q in enumerate(["accountList[?accountName > 'd'].accountName", "`foo`", "'a\\\\b\\'c'",
                           "\"accountList\"[0].\"accountId\"", "accountList[?accountId == `111122223333`]",
                           "accountList[0].accountId == '111122223333'", "length(`[1,2]`) == `2`", "!accountList",
                           "accountList[?!emailAddress].accountId", "accountList | [0:1]", "accountList[?`true`]",
                           "accountList[0].accountId > `5`", "`1` == `true`", "`0` == `false`", "`[1]` == `[1.0]`",
                           "accountList[*].[accountId, `null`][]", "accountList[].{n: accountName, e: emailAddress}",
                           "@.accountList[-2:]", "accountList[0].*", "keys(accountList[0])[?@ > 'accountName']",
                           "`  \"spaced\"`", "` unquoted legacy `", "max_by(accountList, &accountId).accountName",
                           "to_string(`1.0`)", "to_number('1.50')", "to_number(' 12 ')", "to_number('1e3')",
                           "sort(`[\"b\", \"a\", \"\u00e9\"]`)", "join('-', sort(accountList[].accountName))",
                           "abs(`-3`)", "reverse('abc')", "contains(accountList[].accountId, '111122223333')",
                           "merge(`{\"a\": 1}`, `{\"a\": 2, \"b\": 3}`)", "not_null(`null`, `[]`, 'x')",
                           "length(accountList[0].accountName) < `3`", "sort_by(accountList, &accountId)[0].accountId",
                           "accountList[0] | keys(@) | length(@)"]):
        for fmt in ("json", "text"):
            list_accounts("list-accounts-query-more-%02d-%s" % (i, fmt), query=q, output=fmt)
    # A query naming the same object twice: Python returns the object itself, YAML anchors it.
    for i, q in enumerate(["{first: accountList[0], all: accountList}", "[@, @]", "accountList[*].`[1]`",
                           "[accountList, accountList[1:], accountList[0]]", "{e: `[]`, f: [`[]`, `{}`]}",
                           "to_array(accountList)[0] | [@, to_array(@)]", "[accountList[0], not_null(accountList[0])]",
                           "[sort_by(accountList, &accountId)[0], accountList[0], reverse(accountList)[-1]]"]):
        for fmt in ("yaml", "yaml-stream", "json"):
            list_accounts("list-accounts-query-shared-%02d-%s" % (i, fmt), query=q, output=fmt)
    # A terminal on stdout: colour "auto" turns on, the table fits the terminal's width.
    sts("tty-sts-table-120", output="table", tty_columns=120)
    sts("tty-sts-table-40", output="table", tty_columns=40)
    sts("tty-sts-table-40-color-off", output="table", color="off", tty_columns=40)
    sts("tty-sts-json", output="json", tty_columns=80)
    list_accounts("tty-list-accounts-wide-table-160", items=ACCOUNTS_WIDE, output="table", tty_columns=160)
    list_accounts("tty-list-accounts-wide-table-100", items=ACCOUNTS_WIDE, output="table", tty_columns=100)
    list_accounts("tty-list-accounts-max-items-table-30", output="table", max_items="1", tty_columns=30)
    role_credentials("tty-get-role-credentials-table-200", response=CREDS_LONG, output="table", tty_columns=200)
    # The pager: only on a terminal, AWS_PAGER > cli_pager > PAGER > less, LESS=FRX unless set.
    show_less = "sh -c 'printf \"LESS=%s\\n\" \"$LESS\"; cat'"
    pager = dict(tty_columns=80, no_cli_pager=False)
    sts("pager-cat-json", output="json", env={"AWS_PAGER": "cat"}, **pager)
    sts("pager-less-flags", env={"AWS_PAGER": show_less}, **pager)
    sts("pager-less-preset", env={"AWS_PAGER": show_less, "LESS": "-S"}, **pager)
    sts("pager-missing", env={"AWS_PAGER": "nosuchpager-xyz --flag"}, **pager)
    sts("pager-empty", env={"AWS_PAGER": ""}, **pager)
    sts("pager-table-color", output="table", env={"AWS_PAGER": "cat"}, **pager)
    sts("pager-profile", profile_cli_pager=show_less, **pager)
    sts("pager-profile-empty", profile_cli_pager="", env={"PAGER": show_less}, **pager)
    sts("pager-env-pager", env={"PAGER": show_less}, **pager)
    sts("pager-aws-over-profile", profile_cli_pager="nosuchpager-xyz", env={"AWS_PAGER": show_less}, **pager)
    sts("pager-quoting", env={"AWS_PAGER": "sh -c 'printf \"[%s]\" \"$0\" \"$1\"; echo; cat' \"a b\" 'c\\d'"},
        **pager)
    role_credentials("pager-empty-response", response={}, env={"AWS_PAGER": "sh -c 'echo started; cat'"}, **pager)
    list_accounts("pager-text-pages", output="text", page_size_arg="1", env={"AWS_PAGER": show_less}, **pager)
    sts("pager-not-a-terminal", env={"AWS_PAGER": "nosuchpager-xyz"}, no_cli_pager=False)


def build_args(c, port):
    args = list(c["args"])
    if c["kind"] != "sts":
        args += ["--region", "us-east-1"]
    if c.get("starting_token") is not None:
        args += ["--starting-token", c["starting_token"]]
    if c.get("page_size_arg") is not None:
        args += ["--page-size", c["page_size_arg"]]
    if c.get("max_items") is not None:
        args += ["--max-items", c["max_items"]]
    if c.get("no_paginate"):
        args += ["--no-paginate"]
    if c.get("output") is not None:
        args += ["--output", c["output"]]
    if c.get("query") is not None:
        args += ["--query", c["query"]]
    if c.get("color") is not None:
        args += ["--color", c["color"]]
    fixed = ["--endpoint-url", "http://127.0.0.1:%d" % port]
    if c.get("no_cli_pager", True):
        fixed.append("--no-cli-pager")
    return args, fixed


def run_in_terminal(cmd, env, columns):
    """Runs cmd with stdout on a pseudo-terminal of the given width (no CR/LF translation)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.ONLCR
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    err = proc.stderr.read()
    proc.wait()
    os.close(master)
    return b"".join(chunks), err, proc.returncode


def run_case(c, port, home):
    STATE["scenario"] = c
    STATE["requests"] = []
    if c["kind"] == "single":
        c["wire"] = c["response"]
    args, fixed = build_args(c, port)
    config = home / ".aws" / "config"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[default]\n"
                      + ("output = %s\n" % c["profile_output"] if c.get("profile_output") else "")
                      + ("cli_pager = %s\n" % c["profile_cli_pager"] if c.get("profile_cli_pager") is not None else ""))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LC_ALL": "C.UTF-8", "TERM": "xterm",
           "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secretEXAMPLE"}
    if c["kind"] == "sts":
        env["AWS_DEFAULT_REGION"] = "us-east-1"
    env.update(c.get("env", {}))
    cmd = [AWS] + args + fixed
    if c.get("tty_columns"):
        out, err, rc = run_in_terminal(cmd, env, c["tty_columns"])
    else:
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True)
        out, err, rc = proc.stdout, proc.stderr, proc.returncode
    record = {
        "description": "aws " + " ".join(args),
        "args": args,
        "env": c.get("env", {}),
        "profileOutput": c.get("profile_output"),
        "profileCliPager": c.get("profile_cli_pager"),
        "noCliPager": c.get("no_cli_pager", True),
        "operation": c["operation"],
        "output": c.get("output"),
        "query": c.get("query"),
        "color": c.get("color"),
        "stdoutIsTerminal": bool(c.get("tty_columns")),
        "terminalWidth": c.get("tty_columns") or 80,
    }
    if c["kind"] == "list":
        record["service"] = c["service"]
        record["pagination"] = {"maxItems": c.get("max_items"), "startingToken": c.get("starting_token"),
                                "pageSize": c.get("page_size_arg"), "noPaginate": bool(c.get("no_paginate"))}
        record["expectedRequests"] = STATE["requests"]
    else:
        record["response"] = c["response"]
    record["exitCode"] = rc
    base = OUT_DIR / c["name"]
    (base.parent / (c["name"] + ".case.json")).write_text(
        json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (base.parent / (c["name"] + ".out")).write_bytes(out)
    err_path = base.parent / (c["name"] + ".err")
    if err:
        err_path.write_bytes(err)
    elif err_path.exists():
        err_path.unlink()
    return rc


def main():
    define_cases()
    names = [c["name"] for c in CASES]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate case names")
    selected = [c for c in CASES if not sys.argv[1:] or any(s in c["name"] for s in sys.argv[1:])]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    if not sys.argv[1:]:
        for stale in OUT_DIR.iterdir():
            stale.unlink()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    home = pathlib.Path(tempfile.mkdtemp(prefix="golden-home-"))
    try:
        for c in selected:
            rc = run_case(c, server.server_address[1], home)
            print("%-60s rc=%d" % (c["name"], rc))
    finally:
        server.shutdown()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Drives the emulator with boto3, a client we did not write, and prints what it saw as one JSON document.

Run by Boto3FidelityTest with AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL_SSO, AWS_ENDPOINT_URL_STS and a
temporary HOME. The emulator's control API (/_emulator/) plays the user who clicks Allow.
"""
import datetime
import hashlib
import json
import os
import sys
import urllib.request

import boto3
import botocore.exceptions

ENDPOINT = os.environ["AWS_ENDPOINT_URL_SSO_OIDC"]
START_URL = "https://d-0000000000.awsapps.com/start"
REGION = "us-east-1"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
out = {}


def control(path, method="POST"):
    request = urllib.request.Request(ENDPOINT + "/_emulator/" + path, method=method, data=b"" if method == "POST" else None)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def error_of(call):
    try:
        call()
    except botocore.exceptions.ClientError as e:
        return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                "message": e.response["Error"].get("Message", "")}
    return None


session = boto3.session.Session(region_name=REGION)
oidc = session.client("sso-oidc")
sso = session.client("sso")

# Device authorization, as botocore's SSOTokenFetcher drives it.
client = oidc.register_client(clientName="botocore-client-fidelity", clientType="public", scopes=["sso:account:access"])
device = oidc.start_device_authorization(clientId=client["clientId"], clientSecret=client["clientSecret"],
                                         startUrl=START_URL)
out["userCode"] = device["userCode"]
out["verificationUriComplete"] = device["verificationUriComplete"]
try:
    oidc.create_token(grantType=DEVICE_GRANT, clientId=client["clientId"], clientSecret=client["clientSecret"],
                      deviceCode=device["deviceCode"])
    out["pending"] = "no error"
except oidc.exceptions.AuthorizationPendingException as e:
    out["pending"] = e.response["Error"]["Code"]
out["approved"] = [a["userCode"] for a in control("approve")]
token = oidc.create_token(grantType=DEVICE_GRANT, clientId=client["clientId"], clientSecret=client["clientSecret"],
                          deviceCode=device["deviceCode"])
out["tokenType"] = token["tokenType"]
out["expiresIn"] = token["expiresIn"]

# refresh_token grant: a new pair, and the old refresh token stops working.
refreshed = oidc.create_token(grantType="refresh_token", clientId=client["clientId"],
                              clientSecret=client["clientSecret"], refreshToken=token["refreshToken"])
out["refreshRotated"] = refreshed["refreshToken"] != token["refreshToken"]
try:
    oidc.create_token(grantType="refresh_token", clientId=client["clientId"], clientSecret=client["clientSecret"],
                      refreshToken=token["refreshToken"])
    out["reusedRefresh"] = "no error"
except oidc.exceptions.InvalidGrantException as e:
    out["reusedRefresh"] = e.response["Error"]["Code"]
access_token = refreshed["accessToken"]

# The portal, paginated one item per page.
pages = list(sso.get_paginator("list_accounts").paginate(accessToken=access_token,
                                                         PaginationConfig={"PageSize": 1}))
out["accountPages"] = len(pages)
out["accounts"] = [a for page in pages for a in page["accountList"]]
out["firstPageHasNextToken"] = "nextToken" in sso.list_accounts(accessToken=access_token, maxResults=1)
roles = sso.get_paginator("list_account_roles").paginate(accessToken=access_token, accountId="123456789012")
out["roles"] = [r["roleName"] for page in roles for r in page["roleList"]]
creds = sso.get_role_credentials(accessToken=access_token, accountId="123456789012",
                                 roleName="AdministratorAccess")["roleCredentials"]
out["credentialsExpiration"] = creds["expiration"]
out["forbidden"] = error_of(lambda: sso.get_role_credentials(accessToken=access_token, accountId="555555555555",
                                                             roleName="AdministratorAccess"))
out["unauthorized"] = error_of(lambda: sso.list_accounts(accessToken="not-a-token"))

# STS with the role credentials: SigV4 signed by botocore.
sts = session.client("sts", aws_access_key_id=creds["accessKeyId"], aws_secret_access_key=creds["secretAccessKey"],
                     aws_session_token=creds["sessionToken"])
identity = sts.get_caller_identity()
out["identity"] = {k: identity[k] for k in ("UserId", "Account", "Arn")}
wrong = session.client("sts", aws_access_key_id=creds["accessKeyId"], aws_secret_access_key="x" * 40,
                       aws_session_token=creds["sessionToken"])
out["wrongSecret"] = error_of(wrong.get_caller_identity)
assumed = sts.assume_role(RoleArn="arn:aws:iam::210987654321:role/Deploy", RoleSessionName="boto3")
out["assumedArn"] = assumed["AssumedRoleUser"]["Arn"]

# A profile whose cached token has expired: botocore refreshes it, gets role credentials, then calls STS.
home = os.environ["HOME"]
os.makedirs(os.path.join(home, ".aws", "sso", "cache"))
with open(os.path.join(home, ".aws", "config"), "w") as f:
    f.write("[profile dev]\nsso_session = emu\nsso_account_id = 210987654321\nsso_role_name = ReadOnly\n"
            "region = eu-west-1\n[sso-session emu]\nsso_start_url = %s\nsso_region = %s\n"
            "sso_registration_scopes = sso:account:access\n" % (START_URL, REGION))
now = datetime.datetime.now(datetime.timezone.utc)
cache_file = os.path.join(home, ".aws", "sso", "cache", hashlib.sha1(b"emu").hexdigest() + ".json")
fmt = "%Y-%m-%dT%H:%M:%SZ"
with open(cache_file, "w") as f:
    json.dump({"startUrl": START_URL, "region": REGION, "accessToken": access_token,
               "expiresAt": (now - datetime.timedelta(minutes=1)).strftime(fmt),
               "clientId": client["clientId"], "clientSecret": client["clientSecret"],
               "registrationExpiresAt": (now + datetime.timedelta(days=30)).strftime(fmt),
               "refreshToken": refreshed["refreshToken"]}, f)
profile_identity = boto3.session.Session(profile_name="dev").client("sts").get_caller_identity()
out["profileArn"] = profile_identity["Arn"]
with open(cache_file) as f:
    cached = json.load(f)
out["cacheRefreshed"] = cached["accessToken"] != access_token and cached["refreshToken"] != refreshed["refreshToken"]

# Logout revokes the token and the credentials derived from it.
sso.logout(accessToken=access_token)
out["afterLogout"] = error_of(sts.get_caller_identity)
out["requests"] = control("requests", method="GET")

json.dump(out, sys.stdout)

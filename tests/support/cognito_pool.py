"""Provision a Cognito user pool on a Cognito emulator (moto) for the tests.

    cognito_pool.py create ENDPOINT     -> one JSON line: pool id, clients, JWKS
    cognito_pool.py confirm ENDPOINT POOL USER   (AdminConfirmSignUp)
    cognito_pool.py group ENDPOINT POOL USER GROUP (AdminAddUserToGroup)
    cognito_pool.py invite ENDPOINT POOL USER TEMP_PASSWORD (AdminCreateUser:
        the user must choose a new password at first sign-in)

Admin calls need credentials; moto accepts any, so fixed dummy ones are used.
"""

import json
import sys

import boto3

REGION = "us-east-1"


def client(endpoint):
    return boto3.client(
        "cognito-idp",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def create(endpoint):
    idp = client(endpoint)
    pool = idp.create_user_pool(PoolName="signal-cli-tests")["UserPool"]
    flows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    plain = idp.create_user_pool_client(
        UserPoolId=pool["Id"], ClientName="plain", ExplicitAuthFlows=flows
    )["UserPoolClient"]
    secret = idp.create_user_pool_client(
        UserPoolId=pool["Id"],
        ClientName="with-secret",
        ExplicitAuthFlows=flows,
        GenerateSecret=True,
    )["UserPoolClient"]
    print(
        json.dumps(
            {
                "region": REGION,
                "pool_id": pool["Id"],
                "client_id": plain["ClientId"],
                "secret_client_id": secret["ClientId"],
                "client_secret": secret["ClientSecret"],
                "issuer": f"https://cognito-idp.{REGION}.amazonaws.com/{pool['Id']}",
                "jwks_url": f"{endpoint}/{pool['Id']}/.well-known/jwks.json",
            }
        )
    )


def main(argv):
    match argv:
        case ["create", endpoint]:
            create(endpoint)
        case ["confirm", endpoint, pool, user]:
            client(endpoint).admin_confirm_sign_up(UserPoolId=pool, Username=user)
        case ["group", endpoint, pool, user, group]:
            idp = client(endpoint)
            try:
                idp.create_group(GroupName=group, UserPoolId=pool)
            except idp.exceptions.GroupExistsException:
                pass
            idp.admin_add_user_to_group(UserPoolId=pool, Username=user, GroupName=group)
        case ["invite", endpoint, pool, user, temporary]:
            client(endpoint).admin_create_user(
                UserPoolId=pool,
                Username=user,
                TemporaryPassword=temporary,
                MessageAction="SUPPRESS",
            )
        case _:
            sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

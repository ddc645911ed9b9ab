# Prints what botocore reads from each case directory (config + credentials) as one JSON object per line.
import json
import os
import sys

import botocore.exceptions
import botocore.session

for case in sys.argv[1:]:
    os.environ['AWS_CONFIG_FILE'] = os.path.join(case, 'config')
    os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.path.join(case, 'credentials')
    session = botocore.session.Session()
    try:
        full = session.full_config
        result = {
            'profiles': full.get('profiles', {}),
            'sso_sessions': full.get('sso_sessions', {}),
            'services': full.get('services', {}),
            'profile_order': list(full.get('profiles', {}).keys()),
        }
    except botocore.exceptions.ConfigParseError as e:
        result = {'error': 'parse'}
    print(json.dumps(result))

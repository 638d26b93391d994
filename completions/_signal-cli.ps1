
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'signal-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'signal-cli'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'signal-cli' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and manage the token cache')
            [CompletionResult]::new('room', 'room', [CompletionResultType]::ParameterValue, 'Create and delete rooms on a room server')
            [CompletionResult]::new('peer', 'peer', [CompletionResultType]::ParameterValue, 'Act as one signaling peer')
            [CompletionResult]::new('appsync', 'appsync', [CompletionResultType]::ParameterValue, 'Publish and subscribe on AWS AppSync')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Run offer/answer/candidate flows between virtual peers and verify them')
            [CompletionResult]::new('loadtest', 'loadtest', [CompletionResultType]::ParameterValue, 'Load-test a backend: many peers running a flow, every signal timed')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Print or merge load-test result files (`loadtest --save`)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named targets in the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run local emulators of signaling backends')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Run one workload against two targets in alternating rounds and compare latency, losses and throughput side by side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'Get an anonymous identity from the target and cache its token')
            [CompletionResult]::new('signin', 'signin', [CompletionResultType]::ParameterValue, 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens')
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create a user in the Cognito user pool')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm a new user with the code Cognito sent')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get new ID and access tokens with the cached refresh token now')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the claims of the cached identity token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the cached tokens of the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;auth;anonymous' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the token itself')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;signin' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'username')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (else it is asked for on the terminal)')
            [CompletionResult]::new('--new-password-stdin', '--new-password-stdin', [CompletionResultType]::ParameterName, 'Answer NEW_PASSWORD_REQUIRED with a new password read from standard input (the line after the password with --password-stdin)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the token itself')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;signup' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'username')
            [CompletionResult]::new('--attribute', '--attribute', [CompletionResultType]::ParameterName, 'A user attribute, NAME=VALUE (email=a@example.com). Repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;confirm' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'username')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The confirmation code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;refresh' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the token itself')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;whoami' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the token itself')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;auth;help' {
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'Get an anonymous identity from the target and cache its token')
            [CompletionResult]::new('signin', 'signin', [CompletionResultType]::ParameterValue, 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens')
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create a user in the Cognito user pool')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm a new user with the code Cognito sent')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get new ID and access tokens with the cached refresh token now')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the claims of the cached identity token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the cached tokens of the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;auth;help;anonymous' {
            break
        }
        'signal-cli;auth;help;signin' {
            break
        }
        'signal-cli;auth;help;signup' {
            break
        }
        'signal-cli;auth;help;confirm' {
            break
        }
        'signal-cli;auth;help;refresh' {
            break
        }
        'signal-cli;auth;help;whoami' {
            break
        }
        'signal-cli;auth;help;logout' {
            break
        }
        'signal-cli;auth;help;help' {
            break
        }
        'signal-cli;room' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room; prints its id and its token')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a peer''s room and users (`--peer`) or a room (`--room`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;room;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;room;delete' {
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'A peer id: deletes every peer of its room, then the room')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'A room id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;room;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room; prints its id and its token')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a peer''s room and users (`--peer`) or a room (`--room`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;room;help;create' {
            break
        }
        'signal-cli;room;help;delete' {
            break
        }
        'signal-cli;room;help;help' {
            break
        }
        'signal-cli;peer' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect as a peer, register, then send and receive signals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;peer;connect' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Where the peers meet: a room id, or the robot a robot or operator connects for (refused by backends whose peers meet without one)')
            [CompletionResult]::new('--robot-id', '--robot-id', [CompletionResultType]::ParameterName, 'Where the peers meet: a room id, or the robot a robot or operator connects for (refused by backends whose peers meet without one)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'This peer''s part, for backends whose peers differ (robot: robot or operator, the default); refused by backends whose peers are alike')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The secret of that meeting point (a room''s token; refused by backends without one)')
            [CompletionResult]::new('--peer-id', '--peer-id', [CompletionResultType]::ParameterName, 'This peer''s name; random when not given')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Send a signal: offer|answer|candidate|EVENT to PEER, with an optional payload size in bytes; or raw:TEXT to send TEXT as one frame')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'Wait for a signal of KIND (from FROM); fails with exit 3 after --timeout')
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'Run the commands of FILE, one per line')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Write every signal sent and received to FILE as a flow (JSONL) that `replay` can run')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'After the script, keep printing what arrives for this long')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;peer;help' {
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect as a peer, register, then send and receive signals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;peer;help;connect' {
            break
        }
        'signal-cli;peer;help;help' {
            break
        }
        'signal-cli;appsync' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'AppSync Event API channels (target: the API''s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'AppSync GraphQL APIs (target: the API''s URL; the same auth options)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;events' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe to channels (`/*` wildcards allowed) and print each event as it arrives')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish 1 to 5 events to a channel; exit 3 when any failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;events;subscribe' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many events')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Stop after this long (default: run until Ctrl-C)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;appsync;events;publish' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read events from FILE, one JSON value per line')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Publish with HTTP `POST /event` instead of the WebSocket')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;appsync;events;help' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe to channels (`/*` wildcards allowed) and print each event as it arrives')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish 1 to 5 events to a channel; exit 3 when any failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;events;help;subscribe' {
            break
        }
        'signal-cli;appsync;events;help;publish' {
            break
        }
        'signal-cli;appsync;events;help;help' {
            break
        }
        'signal-cli;appsync;graphql' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Start subscriptions over the real-time endpoint and print each `data` payload as it arrives')
            [CompletionResult]::new('mutate', 'mutate', [CompletionResultType]::ParameterValue, 'Run a mutation over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run a query over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;graphql;subscribe' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A subscription document; repeat for several subscriptions on one connection')
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Variables of every subscription, a JSON object')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many data payloads')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Stop after this long (default: run until Ctrl-C)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--auth-in-query', '--auth-in-query', [CompletionResultType]::ParameterName, 'Send the authorization in the URL (`?header=...&payload=e30=`), the documented original form, instead of a `header-...` subprotocol')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;appsync;graphql;mutate' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The GraphQL document')
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Its variables, a JSON object')
            [CompletionResult]::new('--operation-name', '--operation-name', [CompletionResultType]::ParameterName, 'The operation to run when the document has several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;appsync;graphql;query' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The GraphQL document')
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Its variables, a JSON object')
            [CompletionResult]::new('--operation-name', '--operation-name', [CompletionResultType]::ParameterName, 'The operation to run when the document has several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;appsync;graphql;help' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Start subscriptions over the real-time endpoint and print each `data` payload as it arrives')
            [CompletionResult]::new('mutate', 'mutate', [CompletionResultType]::ParameterValue, 'Run a mutation over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run a query over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;graphql;help;subscribe' {
            break
        }
        'signal-cli;appsync;graphql;help;mutate' {
            break
        }
        'signal-cli;appsync;graphql;help;query' {
            break
        }
        'signal-cli;appsync;graphql;help;help' {
            break
        }
        'signal-cli;appsync;help' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'AppSync Event API channels (target: the API''s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'AppSync GraphQL APIs (target: the API''s URL; the same auth options)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;appsync;help;events' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe to channels (`/*` wildcards allowed) and print each event as it arrives')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish 1 to 5 events to a channel; exit 3 when any failed')
            break
        }
        'signal-cli;appsync;help;events;subscribe' {
            break
        }
        'signal-cli;appsync;help;events;publish' {
            break
        }
        'signal-cli;appsync;help;graphql' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Start subscriptions over the real-time endpoint and print each `data` payload as it arrives')
            [CompletionResult]::new('mutate', 'mutate', [CompletionResultType]::ParameterValue, 'Run a mutation over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run a query over HTTP and print its data and errors; exit 3 on GraphQL errors')
            break
        }
        'signal-cli;appsync;help;graphql;subscribe' {
            break
        }
        'signal-cli;appsync;help;graphql;mutate' {
            break
        }
        'signal-cli;appsync;help;graphql;query' {
            break
        }
        'signal-cli;appsync;help;help' {
            break
        }
        'signal-cli;replay' {
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'A built-in flow (default offer-answer)')
            [CompletionResult]::new('--candidates', '--candidates', [CompletionResultType]::ParameterName, 'Candidates each way, for the trickle flow')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in bytes of synthetic SDP')
            [CompletionResult]::new('--pairs', '--pairs', [CompletionResultType]::ParameterName, 'Run the flow between this many pairs of peers at once')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Run the flow this many times on the same connections')
            [CompletionResult]::new('--settle', '--settle', [CompletionResultType]::ParameterName, 'After the last signal arrived, keep listening this long for duplicates and misdeliveries')
            [CompletionResult]::new('--junit', '--junit', [CompletionResultType]::ParameterName, 'Also write the verdicts as JUnit XML')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the flow as JSONL (a file to start from) instead of running it')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;loadtest' {
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'A built-in flow (default offer-answer)')
            [CompletionResult]::new('--candidates', '--candidates', [CompletionResultType]::ParameterName, 'Candidates each way, for the trickle flow')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in bytes of synthetic SDP')
            [CompletionResult]::new('--pairs', '--pairs', [CompletionResultType]::ParameterName, 'Independent pairs (groups of the flow''s peers)')
            [CompletionResult]::new('--rooms', '--rooms', [CompletionResultType]::ParameterName, 'Rooms instead of pairs: each member runs the flow with every other member of its room')
            [CompletionResult]::new('--peers-per-room', '--peers-per-room', [CompletionResultType]::ParameterName, 'Members of each room (with --rooms)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Open model: new flows per second (each with new peers), for --duration (default 10s) or as the start of the --stage ramps')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Open model: ramp the arrival rate to RATE flows/s over DURATION, e.g. --stage 30s:100 --stage 1m:500. Repeatable')
            [CompletionResult]::new('--max-sessions', '--max-sessions', [CompletionResultType]::ParameterName, 'Open model: most sessions alive at once; arrivals that find no room within --timeout are dropped (and counted)')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'Flow iterations per pair (default 10 when no --duration); 0 only connects (and holds, with --hold)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop starting new iterations after this long')
            [CompletionResult]::new('--connect-rate', '--connect-rate', [CompletionResultType]::ParameterName, 'New sessions per second while ramping up')
            [CompletionResult]::new('--connect-concurrency', '--connect-concurrency', [CompletionResultType]::ParameterName, 'Most sessions of this process connecting at once (handshake and registration); the others wait their turn, untimed')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Keep every session connected (idle) this long after its iterations')
            [CompletionResult]::new('--token-pool', '--token-pool', [CompletionResultType]::ParameterName, 'Identities signed in up front and shared by the peers')
            [CompletionResult]::new('--auth-rate', '--auth-rate', [CompletionResultType]::ParameterName, 'Sign-ins per second for the token pool (Cognito allows 120)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Names the run''s signals; every shard of one plan takes the same (default: random)')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A pass/fail condition checked at the end, e.g. ''delivery.p99<50ms'', ''errors<0.1%'', ''lost<5'' (which replaces the default ''lost==0''). Repeatable; exit 3 when any fails. Always checked unless replaced: lost==0, send_failed==0, duplicated==0, corrupted==0, misdelivered==0, sessions_failed==0')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one NDJSON line per second to FILE')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Write the result file to FILE: the summary, every histogram exactly, the per-second series, the plan and the target (secrets redacted), for `signal-cli report` and `report merge`. `-`: on standard output, as one line, instead of the summary')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Run part I of N of the plan (I from 0): groups, arrivals and the token pool are dealt out so that N shards run exactly the whole plan. Needs --seed')
            [CompletionResult]::new('--start-at', '--start-at', [CompletionResultType]::ParameterName, 'Begin the load at this instant (RFC 3339, UTC, e.g. 2026-12-02T10:00:00Z), after signing in: shards line up')
            [CompletionResult]::new('--emit', '--emit', [CompletionResultType]::ParameterName, 'Print what runs this load test as N shards instead of running it: `kubernetes`, an Indexed Job (then `report merge` of its pods'' results)')
            [CompletionResult]::new('--shards', '--shards', [CompletionResultType]::ParameterName, 'Shards for --emit')
            [CompletionResult]::new('--sessions-per-shard', '--sessions-per-shard', [CompletionResultType]::ParameterName, 'With --emit: as many shards as hold the plan''s sessions at N each (instead of --shards)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'With --emit kubernetes: the container image (built by the repository''s Dockerfile)')
            [CompletionResult]::new('--k8s-secret', '--k8s-secret', [CompletionResultType]::ParameterName, 'With --emit kubernetes: the Kubernetes Secret whose keys the shards get as environment (SIGNAL_CLI_ID_TOKEN, SIGNAL_CLI_OPTIONS, SIGNAL_CLI_COGNITO_CLIENT_SECRET); secrets are never put in the manifest')
            [CompletionResult]::new('--job-name', '--job-name', [CompletionResultType]::ParameterName, 'With --emit kubernetes: the Job''s name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--allow-loss', '--allow-loss', [CompletionResultType]::ParameterName, 'Do not fail the run for lost signals (drops the default ''lost==0'')')
            [CompletionResult]::new('--abort-on-fail', '--abort-on-fail', [CompletionResultType]::ParameterName, 'Check the thresholds every second and stop as soon as one fails')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;report' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge the results of a plan''s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;report;merge' {
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Write the merged result file to OUT')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Merge even when some shards'' results are missing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;report;help' {
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge the results of a plan''s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;report;help;merge' {
            break
        }
        'signal-cli;report;help;help' {
            break
        }
        'signal-cli;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile from --backend, --http-url and --ws-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (the current one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;profile;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Also make it the default profile')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile from --backend, --http-url and --ws-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (the current one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;profile;help;add' {
            break
        }
        'signal-cli;profile;help;list' {
            break
        }
        'signal-cli;profile;help;show' {
            break
        }
        'signal-cli;profile;help;use' {
            break
        }
        'signal-cli;profile;help;remove' {
            break
        }
        'signal-cli;profile;help;help' {
            break
        }
        'signal-cli;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port of the main listener (room: its HTTP API, 8001); 0 picks a free port for every listener')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Lifetime of the tokens the embedded identity provider issues')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Inject a fault into the Nth relayed message: drop:N, duplicate:N, reorder:N (N after N+1), corrupt:N, delay:N:DURATION. Repeatable')
            [CompletionResult]::new('--confirmation-code', '--confirmation-code', [CompletionResultType]::ParameterName, 'The Cognito endpoint''s confirmation code for every new user (default: a random one per user, written to standard error)')
            [CompletionResult]::new('--cognito-throttle', '--cognito-throttle', [CompletionResultType]::ParameterName, 'The Cognito endpoint answers its first N requests with TooManyRequestsException, as a pool over its quota would')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve TLS with this PEM certificate chain (with --tls-key) instead of a self-signed one, where the emulator serves TLS (AppSync); plain HTTP stays on the same port')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--write-cert', '--write-cert', [CompletionResultType]::ParameterName, 'Write the served certificate here (PEM), for clients to trust')
            [CompletionResult]::new('--jwks-url', '--jwks-url', [CompletionResultType]::ParameterName, 'Verify tokens against this external JWKS instead of issuing our own')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Expected `iss` of tokens (default: the embedded provider''s)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected `aud` (app client id) of tokens')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Close a connection that has not sent a whole HTTP request head this long after it opened or after its last response')
            [CompletionResult]::new('--max-connections-per-client', '--max-connections-per-client', [CompletionResultType]::ParameterName, 'Connections one client address may hold open on each listener; more are closed as soon as they are accepted')
            [CompletionResult]::new('--ws-port', '--ws-port', [CompletionResultType]::ParameterName, 'Room: port of the WebSocket listener (default 8080; the HTTP API is on --port, default 8001)')
            [CompletionResult]::new('--room-ttl', '--room-ttl', [CompletionResultType]::ParameterName, 'Room: lifetime of a room')
            [CompletionResult]::new('--max-frame', '--max-frame', [CompletionResultType]::ParameterName, 'Room: largest WebSocket message; a larger one closes the connection (1009), as the real server''s websockets library does')
            [CompletionResult]::new('--ping-interval', '--ping-interval', [CompletionResultType]::ParameterName, 'Room: WebSocket ping interval (the websockets library''s 20s)')
            [CompletionResult]::new('--ping-timeout', '--ping-timeout', [CompletionResultType]::ParameterName, 'Room: close (1011) a connection whose pong has not come this long after a ping')
            [CompletionResult]::new('--flavour', '--flavour', [CompletionResultType]::ParameterName, 'Mesh: the deployment to imitate')
            [CompletionResult]::new('--mesh-ttl', '--mesh-ttl', [CompletionResultType]::ParameterName, 'Mesh (apigw flavour): the Lambda''s TTL_SECONDS; a peer is active this long after its join (only a join refreshes it)')
            [CompletionResult]::new('--frame-limit', '--frame-limit', [CompletionResultType]::ParameterName, 'API Gateway: largest frame (bytes); larger closes with 1009')
            [CompletionResult]::new('--message-limit', '--message-limit', [CompletionResultType]::ParameterName, 'API Gateway: largest message (bytes); larger closes with 1009')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'API Gateway: close a connection with no data frame for this long')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'API Gateway and AppSync: close every connection after this long')
            [CompletionResult]::new('--lambda-error', '--lambda-error', [CompletionResultType]::ParameterName, 'API Gateway: the Nth message''s Lambda invocation fails (counted over the whole API); its sender gets `{"message": "Internal server error", ...}` and stays connected. Repeatable')
            [CompletionResult]::new('--lambda', '--lambda', [CompletionResultType]::ParameterName, 'Robot: the Lambda to run: upstream''s handler as of commit acf2c28, or the design of protocols/robot.md')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Socket.IO: the server to be: PantherKolab''s (6f1fbec: call control, no relay), or the relay-and-presence pattern')
            [CompletionResult]::new('--attach-delay', '--attach-delay', [CompletionResultType]::ParameterName, 'Socket.IO, PantherKolab: how long after acknowledging a CONNECT the server starts handling the socket''s events (it drops earlier ones, as the seed does while its handlers load; 0 handles them at once)')
            [CompletionResult]::new('--max-http-buffer-size', '--max-http-buffer-size', [CompletionResultType]::ParameterName, 'Socket.IO: the largest packet accepted (`maxHttpBufferSize`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'AppSync Events: a channel namespace, optionally with its own auth modes for publish and subscribe (`secure=iam,cognito`). Repeatable; default calls, chats, users')
            [CompletionResult]::new('--own-channel', '--own-channel', [CompletionResultType]::ParameterName, 'AppSync Events: in this namespace a user may subscribe only to channels whose second segment is its own `sub` (repeatable)')
            [CompletionResult]::new('--auth-mode', '--auth-mode', [CompletionResultType]::ParameterName, 'AppSync: an auth mode the API accepts for connections and, unless a namespace says otherwise, operations: api-key, cognito, iam, lambda, oidc (repeatable; default api-key and cognito)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'AppSync: an accepted API key (repeatable; default: one made at start and printed)')
            [CompletionResult]::new('--iam-key', '--iam-key', [CompletionResultType]::ParameterName, 'AppSync IAM: an access key whose SigV4 signatures are accepted (repeatable)')
            [CompletionResult]::new('--lambda-token', '--lambda-token', [CompletionResultType]::ParameterName, 'AppSync Lambda auth: a token the authorizer accepts (repeatable)')
            [CompletionResult]::new('--ka-interval', '--ka-interval', [CompletionResultType]::ParameterName, 'AppSync: interval of `ka` keep-alive frames')
            [CompletionResult]::new('--connection-timeout', '--connection-timeout', [CompletionResultType]::ParameterName, 'AppSync: the `connectionTimeoutMs` of `connection_ack`, the longest a client should wait for a `ka` before it drops the connection')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'AppSync GraphQL: the API''s schema (SDL) instead of the built-in `Signal` schema; it must keep `sendSignal`/`onSignal`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--diagnostics', '--diagnostics', [CompletionResultType]::ParameterName, 'Also send explanatory error frames for what the real server drops silently (by default those reasons go to the log on standard error only)')
            [CompletionResult]::new('--single-port', '--single-port', [CompletionResultType]::ParameterName, 'Room: serve the HTTP API and the WebSocket on one port')
            [CompletionResult]::new('--drop-candidates', '--drop-candidates', [CompletionResultType]::ParameterName, 'Room: drop relayed `candidate` messages, as server.py at commit 8144b60 does (by default they are relayed, as the protocol''s design and trickle ICE need)')
            [CompletionResult]::new('--network-per-path', '--network-per-path', [CompletionResultType]::ParameterName, 'Mesh (node flavour): every URL path is a network of its own, as if one server ran per path (the real server has one network whatever the path; for load tests of many small meshes)')
            [CompletionResult]::new('--faithful-limits', '--faithful-limits', [CompletionResultType]::ParameterName, 'API Gateway: also enforce its quotas (500 new connections per second)')
            [CompletionResult]::new('--route-responses', '--route-responses', [CompletionResultType]::ParameterName, 'Robot: answer every message with the Lambda''s status (`{"statusCode": 409, "body": ...}`), as a route response would')
            [CompletionResult]::new('--presence-per-room', '--presence-per-room', [CompletionResultType]::ParameterName, 'Socket.IO, relay: announce a user''s presence only to the sockets whose CONNECT named the same `auth.room` (an extension; without it every arrival is announced to every socket)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;compare' {
            [CompletionResult]::new('--a', '--a', [CompletionResultType]::ParameterName, 'Side A: `emulator:BACKEND` (started in-process) or a profile name')
            [CompletionResult]::new('--b', '--b', [CompletionResultType]::ParameterName, 'Side B, as --a')
            [CompletionResult]::new('--a-option', '--a-option', [CompletionResultType]::ParameterName, 'A backend setting for side A only (as --option). Repeatable')
            [CompletionResult]::new('--b-option', '--b-option', [CompletionResultType]::ParameterName, 'A backend setting for side B only (as --option). Repeatable')
            [CompletionResult]::new('--a-fault', '--a-fault', [CompletionResultType]::ParameterName, 'A fault for side A''s emulator (as `serve --fault`: drop:N, duplicate:N, reorder:N, corrupt:N, delay:N:DURATION); A must be an emulator. Repeatable')
            [CompletionResult]::new('--b-fault', '--b-fault', [CompletionResultType]::ParameterName, 'A fault for side B''s emulator, as --a-fault')
            [CompletionResult]::new('--rounds', '--rounds', [CompletionResultType]::ParameterName, 'Rounds of A then B; a difference is called out only when every round agrees on its sign')
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'A built-in flow (default offer-answer)')
            [CompletionResult]::new('--candidates', '--candidates', [CompletionResultType]::ParameterName, 'Candidates each way, for the trickle flow')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in bytes of synthetic SDP')
            [CompletionResult]::new('--pairs', '--pairs', [CompletionResultType]::ParameterName, 'Independent pairs (groups of the flow''s peers)')
            [CompletionResult]::new('--rooms', '--rooms', [CompletionResultType]::ParameterName, 'Rooms instead of pairs: each member runs the flow with every other member of its room')
            [CompletionResult]::new('--peers-per-room', '--peers-per-room', [CompletionResultType]::ParameterName, 'Members of each room (with --rooms)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Open model: new flows per second (each with new peers), for --duration (default 10s) or as the start of the --stage ramps')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Open model: ramp the arrival rate to RATE flows/s over DURATION, e.g. --stage 30s:100 --stage 1m:500. Repeatable')
            [CompletionResult]::new('--max-sessions', '--max-sessions', [CompletionResultType]::ParameterName, 'Open model: most sessions alive at once; arrivals that find no room within --timeout are dropped (and counted)')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'Flow iterations per pair (default 10 when no --duration); 0 only connects (and holds, with --hold)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop starting new iterations after this long')
            [CompletionResult]::new('--connect-rate', '--connect-rate', [CompletionResultType]::ParameterName, 'New sessions per second while ramping up')
            [CompletionResult]::new('--connect-concurrency', '--connect-concurrency', [CompletionResultType]::ParameterName, 'Most sessions of this process connecting at once (handshake and registration); the others wait their turn, untimed')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Keep every session connected (idle) this long after its iterations')
            [CompletionResult]::new('--token-pool', '--token-pool', [CompletionResultType]::ParameterName, 'Identities signed in up front and shared by the peers')
            [CompletionResult]::new('--auth-rate', '--auth-rate', [CompletionResultType]::ParameterName, 'Sign-ins per second for the token pool (Cognito allows 120)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Names the run''s signals; every shard of one plan takes the same (default: random)')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A pass/fail condition on side a, side b or their difference b − a: ''b.delivery.p99<200ms'', ''diff.delivery.p99<50ms'', ''a.lost==0''. Repeatable; exit 3 when any fails (as does a side''s round failing loadtest''s default thresholds)')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Write the comparison (both sides'' result files and the differences) to FILE, for `signal-cli compare FILE`')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Price the operations with FILE instead of the built-in pricing/aws.toml (AWS, us-east-1)')
            [CompletionResult]::new('--monthly-flows', '--monthly-flows', [CompletionResultType]::ParameterName, 'Project a month of N flows: each side''s monthly cost, with and without free tiers')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Monthly active users: priced where peers sign in, and with --flows-per-user-per-day the monthly flows (users × flows × 30)')
            [CompletionResult]::new('--flows-per-user-per-day', '--flows-per-user-per-day', [CompletionResultType]::ParameterName, 'Flows each user makes a day (with --users)')
            [CompletionResult]::new('--flow-file', '--flow-file', [CompletionResultType]::ParameterName, 'A flow file (JSONL) for both sides, instead of --flow')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named target from the config file (see `signal-cli profile`)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend family of the target')
            [CompletionResult]::new('--http-url', '--http-url', [CompletionResultType]::ParameterName, 'HTTP base URL of the target (room: the HTTP API)')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'WebSocket URL of the target')
            [CompletionResult]::new('--id-token', '--id-token', [CompletionResultType]::ParameterName, 'Use this identity token instead of the token cache')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on every network wait')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Application keep-alive interval for backends that send one (mesh heartbeat: 30s)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A backend setting, KEY=VALUE (socketio.path, socketio.namespace, socketio.event.offer=NAME, ...; see the README). Repeatable; also kept in profiles')
            [CompletionResult]::new('--cognito-region', '--cognito-region', [CompletionResultType]::ParameterName, 'Region of the user pool (default: the pool id''s prefix)')
            [CompletionResult]::new('--cognito-user-pool-id', '--cognito-user-pool-id', [CompletionResultType]::ParameterName, 'User pool id (`us-east-1_AbCdEf`)')
            [CompletionResult]::new('--cognito-client-id', '--cognito-client-id', [CompletionResultType]::ParameterName, 'App client id')
            [CompletionResult]::new('--cognito-client-secret', '--cognito-client-secret', [CompletionResultType]::ParameterName, 'App client secret, when the client has one (sent as SECRET_HASH)')
            [CompletionResult]::new('--cognito-endpoint', '--cognito-endpoint', [CompletionResultType]::ParameterName, 'Cognito endpoint override (an emulator: moto, `signal-cli serve`)')
            [CompletionResult]::new('--allow-loss', '--allow-loss', [CompletionResultType]::ParameterName, 'Do not fail the run for lost signals (drops the default ''lost==0'')')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept TLS certificates that do not verify (self-signed emulators)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one document, or NDJSON for streams) instead of tables')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'signal-cli;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and manage the token cache')
            [CompletionResult]::new('room', 'room', [CompletionResultType]::ParameterValue, 'Create and delete rooms on a room server')
            [CompletionResult]::new('peer', 'peer', [CompletionResultType]::ParameterValue, 'Act as one signaling peer')
            [CompletionResult]::new('appsync', 'appsync', [CompletionResultType]::ParameterValue, 'Publish and subscribe on AWS AppSync')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Run offer/answer/candidate flows between virtual peers and verify them')
            [CompletionResult]::new('loadtest', 'loadtest', [CompletionResultType]::ParameterValue, 'Load-test a backend: many peers running a flow, every signal timed')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Print or merge load-test result files (`loadtest --save`)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named targets in the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run local emulators of signaling backends')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Run one workload against two targets in alternating rounds and compare latency, losses and throughput side by side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'signal-cli;help;auth' {
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'Get an anonymous identity from the target and cache its token')
            [CompletionResult]::new('signin', 'signin', [CompletionResultType]::ParameterValue, 'Sign in to the Cognito user pool (USER_PASSWORD_AUTH) and cache the tokens')
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create a user in the Cognito user pool')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm a new user with the code Cognito sent')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get new ID and access tokens with the cached refresh token now')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the claims of the cached identity token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the cached tokens of the profile')
            break
        }
        'signal-cli;help;auth;anonymous' {
            break
        }
        'signal-cli;help;auth;signin' {
            break
        }
        'signal-cli;help;auth;signup' {
            break
        }
        'signal-cli;help;auth;confirm' {
            break
        }
        'signal-cli;help;auth;refresh' {
            break
        }
        'signal-cli;help;auth;whoami' {
            break
        }
        'signal-cli;help;auth;logout' {
            break
        }
        'signal-cli;help;room' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room; prints its id and its token')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a peer''s room and users (`--peer`) or a room (`--room`)')
            break
        }
        'signal-cli;help;room;create' {
            break
        }
        'signal-cli;help;room;delete' {
            break
        }
        'signal-cli;help;peer' {
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect as a peer, register, then send and receive signals')
            break
        }
        'signal-cli;help;peer;connect' {
            break
        }
        'signal-cli;help;appsync' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'AppSync Event API channels (target: the API''s HTTP URL; auth with --option appsync.auth=api-key|cognito|iam|lambda|oidc)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'AppSync GraphQL APIs (target: the API''s URL; the same auth options)')
            break
        }
        'signal-cli;help;appsync;events' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe to channels (`/*` wildcards allowed) and print each event as it arrives')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish 1 to 5 events to a channel; exit 3 when any failed')
            break
        }
        'signal-cli;help;appsync;events;subscribe' {
            break
        }
        'signal-cli;help;appsync;events;publish' {
            break
        }
        'signal-cli;help;appsync;graphql' {
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Start subscriptions over the real-time endpoint and print each `data` payload as it arrives')
            [CompletionResult]::new('mutate', 'mutate', [CompletionResultType]::ParameterValue, 'Run a mutation over HTTP and print its data and errors; exit 3 on GraphQL errors')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run a query over HTTP and print its data and errors; exit 3 on GraphQL errors')
            break
        }
        'signal-cli;help;appsync;graphql;subscribe' {
            break
        }
        'signal-cli;help;appsync;graphql;mutate' {
            break
        }
        'signal-cli;help;appsync;graphql;query' {
            break
        }
        'signal-cli;help;replay' {
            break
        }
        'signal-cli;help;loadtest' {
            break
        }
        'signal-cli;help;report' {
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge the results of a plan''s shards exactly: histograms added, counters summed, seconds lined up, thresholds checked again')
            break
        }
        'signal-cli;help;report;merge' {
            break
        }
        'signal-cli;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile from --backend, --http-url and --ws-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (the current one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            break
        }
        'signal-cli;help;profile;add' {
            break
        }
        'signal-cli;help;profile;list' {
            break
        }
        'signal-cli;help;profile;show' {
            break
        }
        'signal-cli;help;profile;use' {
            break
        }
        'signal-cli;help;profile;remove' {
            break
        }
        'signal-cli;help;completions' {
            break
        }
        'signal-cli;help;serve' {
            break
        }
        'signal-cli;help;compare' {
            break
        }
        'signal-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

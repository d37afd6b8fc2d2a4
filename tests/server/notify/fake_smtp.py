#!/usr/bin/python3
"""A local SMTP server for the notification tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on a port chosen by the kernel and prints it on the first line of stdout.
With USER and PASSWORD arguments it requires AUTH (LOGIN or PLAIN) with them. Each message received is written to DIR as NNNN.json (written whole, then renamed) with the
envelope and the decoded headers and text: from, to, subject, body, contentType, raw.
"""
import asyncio
import email
import email.policy
import json
import os
import sys
import threading

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

out_dir = sys.argv[1]
credentials = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else None
count = 0


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and credentials is not None and
          (auth_data.login.decode(), auth_data.password.decode()) == credentials)
    return AuthResult(success=ok, auth_data=auth_data.login.decode() if ok else None)


class Handler:
    async def handle_DATA(self, server, session, envelope):
        global count
        count += 1
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        record = {
            "mailFrom": envelope.mail_from,
            "login": session.auth_data,
            "rcptTos": envelope.rcpt_tos,
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "subject": str(msg["subject"]),
            "contentType": msg.get_content_type(),
            "charset": msg.get_content_charset(),
            "body": msg.get_content(),
            "raw": envelope.content.decode("ascii", "replace"),
        }
        path = os.path.join(out_dir, "%04d.json" % count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(path + ".tmp", path)
        return "250 OK"


def exit_with_parent():
    # The test keeps our stdin open; when it ends (even killed), stdin closes and so do we.
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_with_parent, daemon=True).start()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
server = loop.run_until_complete(
    loop.create_server(
        lambda: SMTP(Handler(), hostname="localhost", auth_required=credentials is not None,
                     auth_require_tls=False, authenticator=authenticator),
        "127.0.0.1", 0))
print(server.sockets[0].getsockname()[1], flush=True)
loop.run_forever()

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionCatalog</name>
    <message>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>Guide to complete…</source>
        <translation>Guide to complete…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Return to previous step…</source>
        <translation>Return to previous step…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <translation>Request supplement…</translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <translation>Supplement received…</translation>
    </message>
    <message>
        <source>Request financial obligation…</source>
        <translation>Request financial obligation…</translation>
    </message>
    <message>
        <source>Obligation settled, resume…</source>
        <translation>Obligation settled, resume…</translation>
    </message>
    <message>
        <source>Stop processing…</source>
        <translation>Stop processing…</translation>
    </message>
    <message>
        <source>Approve / sign…</source>
        <translation>Approve / sign…</translation>
    </message>
    <message>
        <source>Result ready…</source>
        <translation>Result ready…</translation>
    </message>
    <message>
        <source>Return result…</source>
        <translation>Return result…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>Propose apology…</source>
        <translation>Propose apology…</translation>
    </message>
    <message>
        <source>Approve apology…</source>
        <translation>Approve apology…</translation>
    </message>
    <message>
        <source>Hand the dossier over to the next step, optionally to a named officer</source>
        <translation>Hand the dossier over to the next step, optionally to a named officer</translation>
    </message>
    <message>
        <source>Give the current step to another officer of the unit</source>
        <translation>Give the current step to another officer of the unit</translation>
    </message>
    <message>
        <source>Send the dossier back one step, with the reason</source>
        <translation>Send the dossier back one step, with the reason</translation>
    </message>
    <message>
        <source>Move the dossier to another unit or agency</source>
        <translation>Move the dossier to another unit or agency</translation>
    </message>
    <message>
        <source>Ask the applicant for missing papers (form 02); the deadline clock stops</source>
        <translation>Ask the applicant for missing papers (form 02); the deadline clock stops</translation>
    </message>
    <message>
        <source>The applicant brought the missing papers; the deadline clock restarts</source>
        <translation>The applicant brought the missing papers; the deadline clock restarts</translation>
    </message>
    <message>
        <source>Wait for fees or taxes to be paid; the deadline clock stops</source>
        <translation>Wait for fees or taxes to be paid; the deadline clock stops</translation>
    </message>
    <message>
        <source>Fees or taxes are paid; the deadline clock restarts</source>
        <translation>Fees or taxes are paid; the deadline clock restarts</translation>
    </message>
    <message>
        <source>End processing without a result, with the reason</source>
        <translation>End processing without a result, with the reason</translation>
    </message>
    <message>
        <source>Approve or sign the result</source>
        <translation>Approve or sign the result</translation>
    </message>
    <message>
        <source>Refuse the application, with the reason</source>
        <translation>Refuse the application, with the reason</translation>
    </message>
    <message>
        <source>Record the result document; the dossier is ready to return</source>
        <translation>Record the result document; the dossier is ready to return</translation>
    </message>
    <message>
        <source>Hand the result to the applicant at the counter</source>
        <translation>Hand the result to the applicant at the counter</translation>
    </message>
    <message>
        <source>The applicant withdraws the application</source>
        <translation>The applicant withdraws the application</translation>
    </message>
    <message>
        <source>Write an opinion on the current step; nothing else changes</source>
        <translation>Write an opinion on the current step; nothing else changes</translation>
    </message>
    <message>
        <source>Propose a new appointment with the reason (form 04), before the dossier is late</source>
        <translation>Propose a new appointment with the reason (form 04), before the dossier is late</translation>
    </message>
    <message>
        <source>Approve the proposed new appointment (form 04)</source>
        <translation>Approve the proposed new appointment (form 04)</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>collected now</source>
        <translation>collected now</translation>
    </message>
    <message>
        <source>collected at return</source>
        <translation>collected at return</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Code %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Code %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose the case&lt;/b&gt;: the papers, time and fees depend on it.</source>
        <translation>&lt;b&gt;Choose the case&lt;/b&gt;: the papers, time and fees depend on it.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>Statutory time %1</source>
        <translation>Statutory time %1</translation>
    </message>
    <message>
        <source>Answered within the day of receipt</source>
        <translation>Answered within the day of receipt</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineState</name>
    <message>
        <source>Clock stopped: waiting for the applicant</source>
        <translation>Clock stopped: waiting for the applicant</translation>
    </message>
    <message>
        <source>No deadline: not accepted</source>
        <translation>No deadline: not accepted</translation>
    </message>
    <message>
        <source>No deadline: withdrawn</source>
        <translation>No deadline: withdrawn</translation>
    </message>
    <message>
        <source>No deadline: processing stopped</source>
        <translation>No deadline: processing stopped</translation>
    </message>
    <message>
        <source>No appointment yet</source>
        <translation>No appointment yet</translation>
    </message>
    <message>
        <source>Finished early (%1, due %2)</source>
        <translation>Finished early (%1, due %2)</translation>
    </message>
    <message>
        <source>Finished on time (%1, due %2)</source>
        <translation>Finished on time (%1, due %2)</translation>
    </message>
    <message>
        <source>Finished late (%1, due %2)</source>
        <translation>Finished late (%1, due %2)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s) (due %1)</source>
        <translation>
            <numerusform>Overdue by %n working day (due %1)</numerusform>
            <numerusform>Overdue by %n working days (due %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Overdue (due %1)</translation>
    </message>
    <message>
        <source>Due today at %1</source>
        <translation>Due today at %1</translation>
    </message>
    <message>
        <source>Due on the next working day (%1)</source>
        <translation>Due on the next working day (%1)</translation>
    </message>
    <message numerus="yes">
        <source>On schedule: due %1, %n working day(s) left</source>
        <translation>
            <numerusform>On schedule: due %1, %n working day left</numerusform>
            <numerusform>On schedule: due %1, %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Prints the barcodes found on an image (PNG, JPEG, TIFF) or a PDF, one per line: page, format and text separated by tabs. Exit status 0 found, 1 none found, 2 error.</source>
        <translation>Prints the barcodes found on an image (PNG, JPEG, TIFF) or a PDF, one per line: page, format and text separated by tabs. Exit status 0 found, 1 none found, 2 error.</translation>
    </message>
    <message>
        <source>the image or PDF to read</source>
        <translation>the image or PDF to read</translation>
    </message>
    <message>
        <source>resolution PDF pages are rasterised at (default %1)</source>
        <translation>resolution PDF pages are rasterised at (default %1)</translation>
    </message>
    <message>
        <source>symbologies to look for, separated by commas: QRCode, Code128, DataMatrix, PDF417, Code39, EAN13, or all (default QRCode,Code128)</source>
        <translation>symbologies to look for, separated by commas: QRCode, Code128, DataMatrix, PDF417, Code39, EAN13, or all (default QRCode,Code128)</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi or en</translation>
    </message>
    <message>
        <source>which file? Usage: motcua decode [--dpi N] [--formats LIST] FILE</source>
        <translation>which file? Usage: motcua decode [--dpi N] [--formats LIST] FILE</translation>
    </message>
    <message>
        <source>one file at a time, not %1</source>
        <translation>one file at a time, not %1</translation>
    </message>
    <message>
        <source>--dpi must be a number from %1 to %2</source>
        <translation>--dpi must be a number from %1 to %2</translation>
    </message>
    <message>
        <source>--formats takes QRCode, Code128, DataMatrix, PDF417, Code39, EAN13 or all, separated by commas</source>
        <translation>--formats takes QRCode, Code128, DataMatrix, PDF417, Code39, EAN13 or all, separated by commas</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a PNG, JPEG or TIFF image</source>
        <translation>%1 is neither a PDF nor a PNG, JPEG or TIFF image</translation>
    </message>
    <message>
        <source>%1 is a TIFF image, which needs Qt&apos;s TIFF plugin (Debian package qt6-image-formats-plugins)</source>
        <translation>%1 is a TIFF image, which needs Qt&apos;s TIFF plugin (Debian package qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation>%1 is protected by a password</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, page %2, cannot be read: %3</source>
        <translation>%1, page %2, cannot be read: %3</translation>
    </message>
    <message>
        <source>no barcode found in %1</source>
        <translation>no barcode found in %1</translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Newly registered</source>
        <translation>Newly registered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Awaiting financial obligation</source>
        <translation>Awaiting financial obligation</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Result ready to return</source>
        <translation>Result ready to return</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Accepted at the counter</source>
        <translation>Accepted at the counter</translation>
    </message>
    <message>
        <source>Guided to complete the dossier</source>
        <translation>Guided to complete the dossier</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Returned to the previous step</source>
        <translation>Returned to the previous step</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Financial obligation requested</translation>
    </message>
    <message>
        <source>Resumed after the financial obligation</source>
        <translation>Resumed after the financial obligation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <source>Collected at intake</source>
        <translation>Collected at intake</translation>
    </message>
    <message>
        <source>Collected at return</source>
        <translation>Collected at return</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>tax code %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>New appointment proposed (apology)</source>
        <translation>New appointment proposed (apology)</translation>
    </message>
    <message>
        <source>New appointment approved (apology)</source>
        <translation>New appointment approved (apology)</translation>
    </message>
    <message>
        <source>%1 (procedure %2)</source>
        <translation>%1 (procedure %2)</translation>
    </message>
    <message>
        <source>%1 — case: %2</source>
        <translation>%1 — case: %2</translation>
    </message>
    <message>
        <source>Moved to another process</source>
        <translation>Moved to another process</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormKind</name>
    <message>
        <source>Receipt and appointment (form 01)</source>
        <translation>Receipt and appointment (form 01)</translation>
    </message>
    <message>
        <source>Request to complete the dossier (form 02)</source>
        <translation>Request to complete the dossier (form 02)</translation>
    </message>
    <message>
        <source>Refusal to accept the dossier (form 03)</source>
        <translation>Refusal to accept the dossier (form 03)</translation>
    </message>
    <message>
        <source>Processing control slip (form 05)</source>
        <translation>Processing control slip (form 05)</translation>
    </message>
    <message>
        <source>Dossier tracking register (form 06)</source>
        <translation>Dossier tracking register (form 06)</translation>
    </message>
    <message>
        <source>Separator sheets for scanning</source>
        <translation>Separator sheets for scanning</translation>
    </message>
    <message>
        <source>Apology and new appointment (form 04)</source>
        <translation>Apology and new appointment (form 04)</translation>
    </message>
</context>
<context>
    <name>IdNumberCheck</name>
    <message>
        <source>Enter the ID number of the person collecting the result.</source>
        <translation>Enter the ID number of the person collecting the result.</translation>
    </message>
    <message>
        <source>Tax code of a branch</source>
        <translation>Tax code of a branch</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, or 10 digits, “-” and 3 digits for a branch.</source>
        <translation>A tax code has 10 digits, or 10 digits, “-” and 3 digits for a branch.</translation>
    </message>
    <message>
        <source>An ID number has digits only; %1 is not a digit.</source>
        <translation>An ID number has digits only; %1 is not a digit.</translation>
    </message>
    <message>
        <source>Citizen ID: male, born %1, registered in %2</source>
        <translation>Citizen ID: male, born %1, registered in %2</translation>
    </message>
    <message>
        <source>Citizen ID: female, born %1, registered in %2</source>
        <translation>Citizen ID: female, born %1, registered in %2</translation>
    </message>
    <message>
        <source>No province has the code %1: check the first three digits.</source>
        <translation>No province has the code %1: check the first three digits.</translation>
    </message>
    <message>
        <source>Digits 4–6 give a birth year in the future: check the number.</source>
        <translation>Digits 4–6 give a birth year in the future: check the number.</translation>
    </message>
    <message>
        <source>This is not a valid citizen ID number.</source>
        <translation>This is not a valid citizen ID number.</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>Old ID card (CMND)</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 12 digits (9 on an old ID card); this one has %n digit(s).</source>
        <translation>
            <numerusform>An ID number has 12 digits (9 on an old ID card); this one has %n digit.</numerusform>
            <numerusform>An ID number has 12 digits (9 on an old ID card); this one has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Prints a form of a dossier to a PDF file without opening the window.</source>
        <translation>Prints a form of a dossier to a PDF file without opening the window.</translation>
    </message>
    <message>
        <source>dossier code</source>
        <translation>dossier code</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>motcua-server address</source>
        <translation>motcua-server address</translation>
    </message>
    <message>
        <source>the workstation&apos;s data folder</source>
        <translation>the workstation&apos;s data folder</translation>
    </message>
    <message>
        <source>--dossier and --output are required</source>
        <translation>--dossier and --output are required</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>cannot open the local store: %1</translation>
    </message>
    <message>
        <source>no dossier %1 on the server</source>
        <translation>no dossier %1 on the server</translation>
    </message>
    <message>
        <source>the local cache</source>
        <translation>the local cache</translation>
    </message>
    <message>
        <source>dossier %1 is not in the local cache and the server was not reached (set MOTCUA_USER and MOTCUA_PASSWORD, and --server)</source>
        <translation>dossier %1 is not in the local cache and the server was not reached (set MOTCUA_USER and MOTCUA_PASSWORD, and --server)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (from %4)</source>
        <translation>%1: %2 of %3 (from %4)</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi or en</translation>
    </message>
    <message>
        <source>receipt, control-slip, supplement, refusal, separator or apology</source>
        <translation>receipt, control-slip, supplement, refusal, separator or apology</translation>
    </message>
    <message>
        <source>--form must be receipt, control-slip, supplement, refusal, separator or apology</source>
        <translation>--form must be receipt, control-slip, supplement, refusal, separator or apology</translation>
    </message>
    <message>
        <source>dossier %1 comes from a newer version of the server than this application understands: update the application (%2)</source>
        <translation>dossier %1 comes from a newer version of the server than this application understands: update the application (%2)</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>This account has been disabled.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Too many failed attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this user has never logged in on this workstation.</source>
        <translation>The server cannot be reached and this user has never logged in on this workstation.</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>Please log in again.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <source>Your session expired. Log in again.</source>
        <translation>Your session expired. Log in again.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has digits only.</source>
        <translation>An ID number has digits only.</translation>
    </message>
    <message>
        <source>A citizen ID (CCCD) has 12 digits; an old ID card (CMND) has 9.</source>
        <translation>A citizen ID (CCCD) has 12 digits; an old ID card (CMND) has 9.</translation>
    </message>
    <message>
        <source>The first three digits of this ID are not a province code.</source>
        <translation>The first three digits of this ID are not a province code.</translation>
    </message>
    <message>
        <source>The birth year coded in this ID is in the future.</source>
        <translation>The birth year coded in this ID is in the future.</translation>
    </message>
    <message>
        <source>Enter the tax code.</source>
        <translation>Enter the tax code.</translation>
    </message>
    <message>
        <source>A tax code has digits only.</source>
        <translation>A tax code has digits only.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, or 13 for a branch.</source>
        <translation>A tax code has 10 digits, or 13 for a branch.</translation>
    </message>
    <message>
        <source>The branch part of this tax code is not valid.</source>
        <translation>The branch part of this tax code is not valid.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces and dots allowed).</source>
        <translation>A phone number has digits only (spaces and dots allowed).</translation>
    </message>
    <message>
        <source>A phone number has no letters.</source>
        <translation>A phone number has no letters.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>This phone number is too short.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>This phone number is too long.</translation>
    </message>
    <message>
        <source>This phone number has an unknown prefix.</source>
        <translation>This phone number has an unknown prefix.</translation>
    </message>
    <message>
        <source>Only Vietnamese phone numbers are accepted.</source>
        <translation>Only Vietnamese phone numbers are accepted.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <source>Enter the ID number (or the tax code).</source>
        <translation>Enter the ID number (or the tax code).</translation>
    </message>
    <message>
        <source>A required paper has not been received: guide the citizen to complete the dossier instead.</source>
        <translation>A required paper has not been received: guide the citizen to complete the dossier instead.</translation>
    </message>
    <message>
        <source>This procedure is not in the catalogue.</source>
        <translation>This procedure is not in the catalogue.</translation>
    </message>
    <message>
        <source>A paper does not belong to this procedure.</source>
        <translation>A paper does not belong to this procedure.</translation>
    </message>
    <message>
        <source>A paper is listed twice.</source>
        <translation>A paper is listed twice.</translation>
    </message>
    <message>
        <source>This dossier code is already used on the server.</source>
        <translation>This dossier code is already used on the server.</translation>
    </message>
    <message>
        <source>This dossier code belongs to another agency or day.</source>
        <translation>This dossier code belongs to another agency or day.</translation>
    </message>
    <message>
        <source>This dossier code was never reserved for a counter.</source>
        <translation>This dossier code was never reserved for a counter.</translation>
    </message>
    <message>
        <source>Choose a procedure first.</source>
        <translation>Choose a procedure first.</translation>
    </message>
    <message>
        <source>Write the reason: it is printed on the form.</source>
        <translation>Write the reason: it is printed on the form.</translation>
    </message>
    <message>
        <source>Mark the missing papers, or note what is wrong with a paper, before guiding the citizen.</source>
        <translation>Mark the missing papers, or note what is wrong with a paper, before guiding the citizen.</translation>
    </message>
    <message>
        <source>The server cannot be reached and no reserved dossier number is left for today.</source>
        <translation>The server cannot be reached and no reserved dossier number is left for today.</translation>
    </message>
    <message>
        <source>The dossier number could not be saved on this workstation. Check the disk and try again.</source>
        <translation>The dossier number could not be saved on this workstation. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Someone else changed this dossier meanwhile. Compare and decide.</source>
        <translation>Someone else changed this dossier meanwhile. Compare and decide.</translation>
    </message>
    <message>
        <source>This is not possible in the dossier&apos;s current status.</source>
        <translation>This is not possible in the dossier&apos;s current status.</translation>
    </message>
    <message>
        <source>This dossier is closed; nothing more can be done.</source>
        <translation>This dossier is closed; nothing more can be done.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <source>Record the name and ID number of the person taking the result.</source>
        <translation>Record the name and ID number of the person taking the result.</translation>
    </message>
    <message>
        <source>Fees are due at return: enter the receipt number.</source>
        <translation>Fees are due at return: enter the receipt number.</translation>
    </message>
    <message>
        <source>No appointment date can be computed (calendar).</source>
        <translation>No appointment date can be computed (calendar).</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>The server could not read the request.</translation>
    </message>
    <message>
        <source>The local store could not be written. Nothing was saved; check the disk and try again.</source>
        <translation>The local store could not be written. Nothing was saved; check the disk and try again.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Owner&apos;s full name</translation>
    </message>
    <message>
        <source>Owner&apos;s ID number</source>
        <translation>Owner&apos;s ID number</translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>Submitter&apos;s full name</source>
        <translation>Submitter&apos;s full name</translation>
    </message>
    <message>
        <source>Submitter&apos;s ID number</source>
        <translation>Submitter&apos;s ID number</translation>
    </message>
    <message>
        <source>Submitter&apos;s phone</source>
        <translation>Submitter&apos;s phone</translation>
    </message>
    <message>
        <source>Representative&apos;s full name</source>
        <translation>Representative&apos;s full name</translation>
    </message>
    <message>
        <source>Representative&apos;s ID number</source>
        <translation>Representative&apos;s ID number</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Recipient&apos;s full name</source>
        <translation>Recipient&apos;s full name</translation>
    </message>
    <message>
        <source>Recipient&apos;s ID number</source>
        <translation>Recipient&apos;s ID number</translation>
    </message>
    <message>
        <source>Fee receipt number</source>
        <translation>Fee receipt number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The operation was refused (%1).</source>
        <translation>The operation was refused (%1).</translation>
    </message>
    <message>
        <source>The ID card&apos;s code is empty.</source>
        <translation>The ID card&apos;s code is empty.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card&apos;s code (it does not have 7 fields).</source>
        <translation>This is not a citizen ID card&apos;s code (it does not have 7 fields).</translation>
    </message>
    <message>
        <source>The ID number in the card&apos;s code is not valid.</source>
        <translation>The ID number in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The old ID number in the card&apos;s code is not valid.</source>
        <translation>The old ID number in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The name in the card&apos;s code is not valid.</source>
        <translation>The name in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The card&apos;s code has no name.</source>
        <translation>The card&apos;s code has no name.</translation>
    </message>
    <message>
        <source>The date of birth in the card&apos;s code is not valid.</source>
        <translation>The date of birth in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The date of birth does not match the birth year in the ID number.</source>
        <translation>The date of birth does not match the birth year in the ID number.</translation>
    </message>
    <message>
        <source>The sex in the card&apos;s code is not Nam or Nữ.</source>
        <translation>The sex in the card&apos;s code is not Nam or Nữ.</translation>
    </message>
    <message>
        <source>The sex does not match the one coded in the ID number.</source>
        <translation>The sex does not match the one coded in the ID number.</translation>
    </message>
    <message>
        <source>The address in the card&apos;s code is not valid.</source>
        <translation>The address in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The card&apos;s code has no address.</source>
        <translation>The card&apos;s code has no address.</translation>
    </message>
    <message>
        <source>The date of issue in the card&apos;s code is not valid.</source>
        <translation>The date of issue in the card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>The session has ended. Please log in again.</source>
        <translation>The session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <source>The dossier has errors; check the marked fields.</source>
        <translation>The dossier has errors; check the marked fields.</translation>
    </message>
    <message>
        <source>The time of receipt is refused by the server (older than 31 days, or in the future: check this computer&apos;s clock).</source>
        <translation>The time of receipt is refused by the server (older than 31 days, or in the future: check this computer&apos;s clock).</translation>
    </message>
    <message>
        <source>The server already received this dossier in another form.</source>
        <translation>The server already received this dossier in another form.</translation>
    </message>
    <message>
        <source>This dossier is not on this workstation.</source>
        <translation>This dossier is not on this workstation.</translation>
    </message>
    <message>
        <source>The data could not be saved on this computer (is the disk full?).</source>
        <translation>The data could not be saved on this computer (is the disk full?).</translation>
    </message>
    <message>
        <source>Only the officer assigned to this step can do this.</source>
        <translation>Only the officer assigned to this step can do this.</translation>
    </message>
    <message>
        <source>The dossier is with another unit.</source>
        <translation>The dossier is with another unit.</translation>
    </message>
    <message>
        <source>A second supplement request needs a leader&apos;s decision.</source>
        <translation>A second supplement request needs a leader&apos;s decision.</translation>
    </message>
    <message>
        <source>Not possible at the dossier&apos;s current step.</source>
        <translation>Not possible at the dossier&apos;s current step.</translation>
    </message>
    <message>
        <source>This is the last step: mark the result ready.</source>
        <translation>This is the last step: mark the result ready.</translation>
    </message>
    <message>
        <source>There is no processing step before this one.</source>
        <translation>There is no processing step before this one.</translation>
    </message>
    <message>
        <source>Choose the officer or unit to hand it to.</source>
        <translation>Choose the officer or unit to hand it to.</translation>
    </message>
    <message>
        <source>The appointment has passed: an apology must be issued before it.</source>
        <translation>The appointment has passed: an apology must be issued before it.</translation>
    </message>
    <message>
        <source>No apology is waiting for approval.</source>
        <translation>No apology is waiting for approval.</translation>
    </message>
    <message>
        <source>Choose the new appointment.</source>
        <translation>Choose the new appointment.</translation>
    </message>
    <message>
        <source>The new appointment must be after the current one.</source>
        <translation>The new appointment must be after the current one.</translation>
    </message>
    <message>
        <source>The action has no time.</source>
        <translation>The action has no time.</translation>
    </message>
    <message>
        <source>The procedure&apos;s workflow is not valid; ask the administrator.</source>
        <translation>The procedure&apos;s workflow is not valid; ask the administrator.</translation>
    </message>
    <message>
        <source>Only PDF, PNG, JPEG and TIFF files can be attached (the file&apos;s content is checked, not its name).</source>
        <translation>Only PDF, PNG, JPEG and TIFF files can be attached (the file&apos;s content is checked, not its name).</translation>
    </message>
    <message>
        <source>The file is larger than 50 MiB and cannot be attached. Scan at a lower resolution or split it.</source>
        <translation>The file is larger than 50 MiB and cannot be attached. Scan at a lower resolution or split it.</translation>
    </message>
    <message>
        <source>The server refused the file: it is larger than the server allows.</source>
        <translation>The server refused the file: it is larger than the server allows.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The dossier has no such paper to attach the file to.</source>
        <translation>The dossier has no such paper to attach the file to.</translation>
    </message>
    <message>
        <source>The file name must have 1 to 200 characters and no slashes.</source>
        <translation>The file name must have 1 to 200 characters and no slashes.</translation>
    </message>
    <message>
        <source>The file to upload is no longer on this workstation; attach it again.</source>
        <translation>The file to upload is no longer on this workstation; attach it again.</translation>
    </message>
    <message>
        <source>The file received from the server is damaged (its checksum does not match); it was not kept.</source>
        <translation>The file received from the server is damaged (its checksum does not match); it was not kept.</translation>
    </message>
    <message>
        <source>The server does not have this dossier or file.</source>
        <translation>The server does not have this dossier or file.</translation>
    </message>
    <message>
        <source>Choose the case: the papers, time and fees depend on it.</source>
        <translation>Choose the case: the papers, time and fees depend on it.</translation>
    </message>
    <message>
        <source>This case is not one of the procedure&apos;s cases.</source>
        <translation>This case is not one of the procedure&apos;s cases.</translation>
    </message>
    <message>
        <source>Choose the agency that receives this procedure.</source>
        <translation>Choose the agency that receives this procedure.</translation>
    </message>
    <message>
        <source>A procedure with a single case keeps its papers, time and fees on the procedure itself: remove the case.</source>
        <translation>A procedure with a single case keeps its papers, time and fees on the procedure itself: remove the case.</translation>
    </message>
    <message>
        <source>Two cases have the same number.</source>
        <translation>Two cases have the same number.</translation>
    </message>
    <message>
        <source>Give the case a name.</source>
        <translation>Give the case a name.</translation>
    </message>
    <message>
        <source>Two cases have the same name.</source>
        <translation>Two cases have the same name.</translation>
    </message>
    <message>
        <source>Two papers have the same number.</source>
        <translation>Two papers have the same number.</translation>
    </message>
    <message>
        <source>Give the time of each channel once; the time in person is the case&apos;s own.</source>
        <translation>Give the time of each channel once; the time in person is the case&apos;s own.</translation>
    </message>
    <message>
        <source>A procedure with this code exists already: change it with a new version instead.</source>
        <translation>A procedure with this code exists already: change it with a new version instead.</translation>
    </message>
    <message>
        <source>A procedure can be saved for your own agency only.</source>
        <translation>A procedure can be saved for your own agency only.</translation>
    </message>
    <message>
        <source>The national code cannot change.</source>
        <translation>The national code cannot change.</translation>
    </message>
    <message>
        <source>This version is published and never changes: save the change as a new draft.</source>
        <translation>This version is published and never changes: save the change as a new draft.</translation>
    </message>
    <message>
        <source>This version does not exist.</source>
        <translation>This version does not exist.</translation>
    </message>
    <message>
        <source>Choose the day the version takes effect.</source>
        <translation>Choose the day the version takes effect.</translation>
    </message>
    <message>
        <source>A version takes effect today or later.</source>
        <translation>A version takes effect today or later.</translation>
    </message>
    <message>
        <source>An earlier version takes effect after this day: choose that day or a later one.</source>
        <translation>An earlier version takes effect after this day: choose that day or a later one.</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>This version is a draft: change it, or publish it.</source>
        <translation>This version is a draft: change it, or publish it.</translation>
    </message>
    <message>
        <source>A version in force ends today at the earliest: dossiers were received under it.</source>
        <translation>A version in force ends today at the earliest: dossiers were received under it.</translation>
    </message>
    <message>
        <source>Another published version is in force on these days.</source>
        <translation>Another published version is in force on these days.</translation>
    </message>
    <message>
        <source>Write the reason: it is kept in the audit log.</source>
        <translation>Write the reason: it is kept in the audit log.</translation>
    </message>
    <message>
        <source>The record has no procedure code (MATTHC).</source>
        <translation>The record has no procedure code (MATTHC).</translation>
    </message>
    <message>
        <source>The record has no procedure name (TENTTHC).</source>
        <translation>The record has no procedure name (TENTTHC).</translation>
    </message>
    <message>
        <source>The record&apos;s field is not in this catalogue: choose the field of the draft.</source>
        <translation>The record&apos;s field is not in this catalogue: choose the field of the draft.</translation>
    </message>
    <message>
        <source>The record names another agency: the draft is for yours.</source>
        <translation>The record names another agency: the draft is for yours.</translation>
    </message>
    <message>
        <source>The record counts calendar days; they were taken as working days: check the time.</source>
        <translation>The record counts calendar days; they were taken as working days: check the time.</translation>
    </message>
    <message>
        <source>The record&apos;s time unit is unknown; it was taken as working days: check the time.</source>
        <translation>The record&apos;s time unit is unknown; it was taken as working days: check the time.</translation>
    </message>
    <message>
        <source>A count of copies in the record is not a number; it was taken as 0: check the paper.</source>
        <translation>A count of copies in the record is not a number; it was taken as 0: check the paper.</translation>
    </message>
    <message>
        <source>A national code is digits in dotted groups, as in the national database (e.g. 1.001612).</source>
        <translation>A national code is digits in dotted groups, as in the national database (e.g. 1.001612).</translation>
    </message>
    <message>
        <source>Give the procedure a name.</source>
        <translation>Give the procedure a name.</translation>
    </message>
    <message>
        <source>An arrow leads from or to a step that does not exist.</source>
        <translation>An arrow leads from or to a step that does not exist.</translation>
    </message>
    <message>
        <source>This arrow does not fit its steps: only an approval step approves, intake forwards, and nothing leads back into intake or to the same step.</source>
        <translation>This arrow does not fit its steps: only an approval step approves, intake forwards, and nothing leads back into intake or to the same step.</translation>
    </message>
    <message>
        <source>The same arrow is drawn twice.</source>
        <translation>The same arrow is drawn twice.</translation>
    </message>
    <message>
        <source>Intake needs exactly one forward arrow: the step an accepted dossier goes to.</source>
        <translation>Intake needs exactly one forward arrow: the step an accepted dossier goes to.</translation>
    </message>
    <message>
        <source>Every step needs the unit responsible for it.</source>
        <translation>Every step needs the unit responsible for it.</translation>
    </message>
    <message>
        <source>No way from intake leads to this step.</source>
        <translation>No way from intake leads to this step.</translation>
    </message>
    <message>
        <source>From this step no way leads to the result.</source>
        <translation>From this step no way leads to the result.</translation>
    </message>
    <message>
        <source>A way through the process takes longer than the statutory time.</source>
        <translation>A way through the process takes longer than the statutory time.</translation>
    </message>
    <message>
        <source>The process goes on to several steps here: choose one.</source>
        <translation>The process goes on to several steps here: choose one.</translation>
    </message>
    <message>
        <source>The process does not lead to that step from here.</source>
        <translation>The process does not lead to that step from here.</translation>
    </message>
    <message>
        <source>A blank form is a PDF, an image (PNG, JPEG, TIFF) or a Word or OpenDocument text file (the file&apos;s content is checked, not its name).</source>
        <translation>A blank form is a PDF, an image (PNG, JPEG, TIFF) or a Word or OpenDocument text file (the file&apos;s content is checked, not its name).</translation>
    </message>
    <message>
        <source>The blank form is larger than 10 MiB.</source>
        <translation>The blank form is larger than 10 MiB.</translation>
    </message>
    <message>
        <source>This blank form has not reached this workstation yet: connect to the server once to fetch it.</source>
        <translation>This blank form has not reached this workstation yet: connect to the server once to fetch it.</translation>
    </message>
    <message>
        <source>The server does not hold this blank form: attach the file again.</source>
        <translation>The server does not hold this blank form: attach the file again.</translation>
    </message>
    <message>
        <source>The blank form of this paper is not a file of the server: attach it again.</source>
        <translation>The blank form of this paper is not a file of the server: attach it again.</translation>
    </message>
    <message>
        <source>A blank form in the catalogue file is damaged or of a type not accepted.</source>
        <translation>A blank form in the catalogue file is damaged or of a type not accepted.</translation>
    </message>
    <message>
        <source>Only requests and a leader&apos;s decisions can be withheld in a step.</source>
        <translation>Only requests and a leader&apos;s decisions can be withheld in a step.</translation>
    </message>
    <message>
        <source>The process does not allow this in the dossier&apos;s current step.</source>
        <translation>The process does not allow this in the dossier&apos;s current step.</translation>
    </message>
</context>
<context>
    <name>ProcessText</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Job Control</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Job priority:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Scheduled printing:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Print Immediately</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Hold Indefinitely</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Day (06:00 to 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Night (18:00 to 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Second Shift (16:00 to 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Third Shift (00:00 to 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (Saturday to Sunday)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Specific Time</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Billing information:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Banner Pages</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>The workstation&apos;s data in %1 cannot be opened: %2</source>
        <translation>The workstation&apos;s data in %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Long side</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Short side</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Duplex Printing</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scans every page of a scanner&apos;s source into one PDF file without opening the window.</source>
        <translation>Scans every page of a scanner&apos;s source into one PDF file without opening the window.</translation>
    </message>
    <message>
        <source>the scanner&apos;s SANE name (see --list-devices)</source>
        <translation>the scanner&apos;s SANE name (see --list-devices)</translation>
    </message>
    <message>
        <source>flatbed (one page, the default), adf or duplex (every page in the feeder)</source>
        <translation>flatbed (one page, the default), adf or duplex (every page in the feeder)</translation>
    </message>
    <message>
        <source>color, gray (the default) or lineart (black and white)</source>
        <translation>color, gray (the default) or lineart (black and white)</translation>
    </message>
    <message>
        <source>dots per inch, default 150 (the nearest the scanner offers is used)</source>
        <translation>dots per inch, default 150 (the nearest the scanner offers is used)</translation>
    </message>
    <message>
        <source>a4 (the default), a5, letter, legal or full</source>
        <translation>a4 (the default), a5, letter, legal or full</translation>
    </message>
    <message>
        <source>JPEG quality of colour and grey pages, 1 to 100</source>
        <translation>JPEG quality of colour and grey pages, 1 to 100</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>a backend-specific option as NAME=VALUE (scanimage -A lists them); repeatable</source>
        <translation>a backend-specific option as NAME=VALUE (scanimage -A lists them); repeatable</translation>
    </message>
    <message>
        <source>list the scanners found, then exit</source>
        <translation>list the scanners found, then exit</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi or en</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>--device and --output are required (--list-devices shows the scanners)</source>
        <translation>--device and --output are required (--list-devices shows the scanners)</translation>
    </message>
    <message>
        <source>--source must be flatbed, adf or duplex</source>
        <translation>--source must be flatbed, adf or duplex</translation>
    </message>
    <message>
        <source>--mode must be color, gray or lineart</source>
        <translation>--mode must be color, gray or lineart</translation>
    </message>
    <message>
        <source>--resolution must be a number of dots per inch, such as 150 or 300</source>
        <translation>--resolution must be a number of dots per inch, such as 150 or 300</translation>
    </message>
    <message>
        <source>--page-size must be a4, a5, letter, legal or full</source>
        <translation>--page-size must be a4, a5, letter, legal or full</translation>
    </message>
    <message>
        <source>--jpeg-quality must be between 1 and 100</source>
        <translation>--jpeg-quality must be between 1 and 100</translation>
    </message>
    <message>
        <source>--option must be NAME=VALUE, not %1</source>
        <translation>--option must be NAME=VALUE, not %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) from %2</source>
        <translation>
            <numerusform>%1: %n page from %2</numerusform>
            <numerusform>%1: %n pages from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>New to me</source>
        <translation>New to me</translation>
    </message>
    <message>
        <source>In progress in the unit</source>
        <translation>In progress in the unit</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>Waiting for the citizen</translation>
    </message>
    <message>
        <source>Ready to return</source>
        <translation>Ready to return</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Assigned to you, or waiting in your unit for your role, and not opened since it last changed</source>
        <translation>Assigned to you, or waiting in your unit for your role, and not opened since it last changed</translation>
    </message>
    <message>
        <source>Every running dossier of your unit</source>
        <translation>Every running dossier of your unit</translation>
    </message>
    <message>
        <source>Your running dossiers that you have opened</source>
        <translation>Your running dossiers that you have opened</translation>
    </message>
    <message>
        <source>The current step&apos;s deadline falls within the next working hours (setting)</source>
        <translation>The current step&apos;s deadline falls within the next working hours (setting)</translation>
    </message>
    <message>
        <source>The current step&apos;s deadline or the appointment has passed</source>
        <translation>The current step&apos;s deadline or the appointment has passed</translation>
    </message>
    <message>
        <source>Waiting in your unit with nobody assigned</source>
        <translation>Waiting in your unit with nobody assigned</translation>
    </message>
    <message>
        <source>Supplement requested or financial obligation: the clock is stopped</source>
        <translation>Supplement requested or financial obligation: the clock is stopped</translation>
    </message>
    <message>
        <source>Processing finished: the result waits at the counter</source>
        <translation>Processing finished: the result waits at the counter</translation>
    </message>
    <message>
        <source>The result was handed back</source>
        <translation>The result was handed back</translation>
    </message>
    <message>
        <source>Withdrawn at the citizen&apos;s request</source>
        <translation>Withdrawn at the citizen&apos;s request</translation>
    </message>
    <message>
        <source>Received at the counter today</source>
        <translation>Received at the counter today</translation>
    </message>
</context>
<context>
    <name>motcua::client::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>To officer:</source>
        <translation>To officer:</translation>
    </message>
    <message>
        <source>New officer:</source>
        <translation>New officer:</translation>
    </message>
    <message>
        <source>To unit or agency:</source>
        <translation>To unit or agency:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Missing or to correct:</source>
        <translation>Missing or to correct:</translation>
    </message>
    <message>
        <source>Another item:</source>
        <translation>Another item:</translation>
    </message>
    <message numerus="yes">
        <source>This dossier already had %n supplement request(s). A further request needs a leader&apos;s decision, and the dossier will count as late.</source>
        <translation>
            <numerusform>This dossier already had %n supplement request. A further request needs a leader&apos;s decision, and the dossier will count as late.</numerusform>
            <numerusform>This dossier already had %n supplement requests. A further request needs a leader&apos;s decision, and the dossier will count as late.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by&lt;/b&gt; %1 at %2&lt;br&gt;&lt;b&gt;Current appointment:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;New appointment:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Proposed by&lt;/b&gt; %1 at %2&lt;br&gt;&lt;b&gt;Current appointment:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;New appointment:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>No apology is waiting for approval.</source>
        <translation>No apology is waiting for approval.</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <source>Current appointment:</source>
        <translation>Current appointment:</translation>
    </message>
    <message>
        <source>New appointment:</source>
        <translation>New appointment:</translation>
    </message>
    <message>
        <source>no document attached (optional)</source>
        <translation>no document attached (optional)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <source>Result document:</source>
        <translation>Result document:</translation>
    </message>
    <message>
        <source>Note to the applicant:</source>
        <translation>Note to the applicant:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>(not named: the unit assigns it)</source>
        <translation>(not named: the unit assigns it)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>a unit, or another agency&apos;s name</source>
        <translation>a unit, or another agency&apos;s name</translation>
    </message>
    <message>
        <source>e.g. a certified copy of the land use certificate</source>
        <translation>e.g. a certified copy of the land use certificate</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>The file is larger than 50 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The scanned pages could not be saved: %1</source>
        <translation>The scanned pages could not be saved: %1</translation>
    </message>
    <message>
        <source>The scanned pages could not be read back.</source>
        <translation>The scanned pages could not be read back.</translation>
    </message>
    <message>
        <source>Choose the officer who takes over the step.</source>
        <translation>Choose the officer who takes over the step.</translation>
    </message>
    <message>
        <source>Choose or type the unit or agency that receives the dossier.</source>
        <translation>Choose or type the unit or agency that receives the dossier.</translation>
    </message>
    <message>
        <source>The dossier is already with %1.</source>
        <translation>The dossier is already with %1.</translation>
    </message>
    <message>
        <source>Tick or add at least one paper the applicant must bring.</source>
        <translation>Tick or add at least one paper the applicant must bring.</translation>
    </message>
    <message>
        <source>Write the opinion.</source>
        <translation>Write the opinion.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <source>Choose the new appointment.</source>
        <translation>Choose the new appointment.</translation>
    </message>
    <message>
        <source>The new appointment must be after the current one (%1).</source>
        <translation>The new appointment must be after the current one (%1).</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>To step:</translation>
    </message>
    <message>
        <source>Choose the step the dossier goes to.</source>
        <translation>Choose the step the dossier goes to.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ActionPanel</name>
    <message>
        <source>No dossier open.</source>
        <translation>No dossier open.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this dossier at this stage.</source>
        <translation>Nothing for you to do on this dossier at this stage.</translation>
    </message>
</context>
<context>
    <name>motcua::client::AttachmentPane</name>
    <message>
        <source>Paper / file</source>
        <translation>Paper / file</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>not scanned</translation>
    </message>
    <message>
        <source> (not downloaded)</source>
        <translation> (not downloaded)</translation>
    </message>
    <message>
        <source> (not yet sent)</source>
        <translation> (not yet sent)</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Added %1 by %2</translation>
    </message>
    <message>
        <source>No scanned papers for this dossier.</source>
        <translation>No scanned papers for this dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be downloaded from the server.</source>
        <translation>The file could not be downloaded from the server.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not downloaded (offline): the file will be shown once the server can be reached.</source>
        <translation>Not downloaded (offline): the file will be shown once the server can be reached.</translation>
    </message>
</context>
<context>
    <name>motcua::client::BatchReviewPanel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>First pages</source>
        <translation>First pages</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <source>&amp;Delete pages</source>
        <translation>&amp;Delete pages</translation>
    </message>
    <message>
        <source>dossier code, e.g. 000.00.53.H48-261120-0042</source>
        <translation>dossier code, e.g. 000.00.53.H48-261120-0042</translation>
    </message>
    <message>
        <source>&amp;Apply to this group</source>
        <translation>&amp;Apply to this group</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <source>Dossie&amp;r:</source>
        <translation>Dossie&amp;r:</translation>
    </message>
    <message>
        <source>Com&amp;ponent:</source>
        <translation>Com&amp;ponent:</translation>
    </message>
    <message>
        <source>pages before the first separator sheet</source>
        <translation>pages before the first separator sheet</translation>
    </message>
    <message>
        <source>the separator sheet could not be read: %1</source>
        <translation>the separator sheet could not be read: %1</translation>
    </message>
    <message>
        <source>the separator sheet carries two different codes</source>
        <translation>the separator sheet carries two different codes</translation>
    </message>
    <message>
        <source>dossier %1 is not on this counter</source>
        <translation>dossier %1 is not on this counter</translation>
    </message>
    <message>
        <source>the dossier has no component %1</source>
        <translation>the dossier has no component %1</translation>
    </message>
    <message>
        <source>no dossier and component chosen</source>
        <translation>no dossier and component chosen</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>no pages</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) look blank</source>
        <translation>
            <numerusform>%n page looks blank</numerusform>
            <numerusform>%n pages look blank</numerusform>
        </translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>component %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read, </source>
        <translation>
            <numerusform>%n page read, </numerusform>
            <numerusform>%n pages read, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s); </source>
        <translation>
            <numerusform>%n separator sheet; </numerusform>
            <numerusform>%n separator sheets; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm saves %n document(s).</source>
        <translation>
            <numerusform>Confirm saves %n document.</numerusform>
            <numerusform>Confirm saves %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a dossier will not be saved.</source>
        <translation>
            <numerusform>%n page without a dossier will not be saved.</numerusform>
            <numerusform>%n pages without a dossier will not be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its pages.</source>
        <translation>Select a group to see its pages.</translation>
    </message>
    <message>
        <source>Group %1: not assigned — choose a dossier and a component below, or move its pages to another group.</source>
        <translation>Group %1: not assigned — choose a dossier and a component below, or move its pages to another group.</translation>
    </message>
    <message>
        <source>Group %1: %2, %3</source>
        <translation>Group %1: %2, %3</translation>
    </message>
    <message>
        <source>Sheet %1 (blank?)</source>
        <translation>Sheet %1 (blank?)</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>group %1: %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>motcua::client::BatchScanDialog</name>
    <message>
        <source>Scan a stack with separator sheets</source>
        <translation>Scan a stack with separator sheets</translation>
    </message>
    <message>
        <source>Put a separator sheet before the papers of each component (Print separator sheets in the dossier view), stack several dossiers if you like, then scan the stack from the feeder or open a scanned PDF or TIFF file. You check every page before anything is saved.</source>
        <translation>Put a separator sheet before the papers of each component (Print separator sheets in the dossier view), stack several dossiers if you like, then scan the stack from the feeder or open a scanned PDF or TIFF file. You check every page before anything is saved.</translation>
    </message>
    <message>
        <source>&amp;Scan from the feeder…</source>
        <translation>&amp;Scan from the feeder…</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>S&amp;top reading</translation>
    </message>
    <message>
        <source>&amp;Confirm and save</source>
        <translation>&amp;Confirm and save</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Start o&amp;ver</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Reading page %1 of %2…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was saved.</source>
        <translation>Reading stopped; nothing was saved.</translation>
    </message>
    <message>
        <source>The stack could not be read: %1</source>
        <translation>The stack could not be read: %1</translation>
    </message>
    <message>
        <source>No pages to read.</source>
        <translation>No pages to read.</translation>
    </message>
    <message>
        <source>Scan the stack</source>
        <translation>Scan the stack</translation>
    </message>
    <message>
        <source>Open a scanned stack</source>
        <translation>Open a scanned stack</translation>
    </message>
    <message>
        <source>Scanned stacks (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
        <translation>Scanned stacks (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read.</source>
        <translation>
            <numerusform>%n page read.</numerusform>
            <numerusform>%n pages read.</numerusform>
        </translation>
    </message>
    <message>
        <source>No separator sheet was found in this stack: assign the pages below, or print separator sheets and scan again.</source>
        <translation>No separator sheet was found in this stack: assign the pages below, or print separator sheets and scan again.</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>component %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n page(s))</source>
        <translation>
            <numerusform>%1, %2 (%n page)</numerusform>
            <numerusform>%1, %2 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved (sent to the server in the background):</source>
        <translation>Saved (sent to the server in the background):</translation>
    </message>
    <message>
        <source>NOT saved: %1 — %2</source>
        <translation>NOT saved: %1 — %2</translation>
    </message>
    <message>
        <source>Not saved yet (after the failure):</source>
        <translation>Not saved yet (after the failure):</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a dossier were left out.</source>
        <translation>
            <numerusform>%n page without a dossier was left out.</numerusform>
            <numerusform>%n pages without a dossier were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) on this workstation…</source>
        <translation>
            <numerusform>Saving %n document on this workstation…</numerusform>
            <numerusform>Saving %n documents on this workstation…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::BlankFormsDialog</name>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not on this workstation yet)</source>
        <translation>%1 — %2 (not on this workstation yet)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Forms the citizen fills in, for the papers of this case:</source>
        <translation>Forms the citizen fills in, for the papers of this case:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Save a copy of the form</source>
        <translation>Save a copy of the form</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Choose a form first.</source>
        <translation>Choose a form first.</translation>
    </message>
    <message>
        <source>A Word or OpenDocument form cannot be printed here: save a copy and print it from a word processor.</source>
        <translation>A Word or OpenDocument form cannot be printed here: save a copy and print it from a word processor.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Not printed: the form or the printer failed (%1).</source>
        <translation>Not printed: the form or the printer failed (%1).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>motcua::client::CameraDialog</name>
    <message>
        <source>Read a barcode with the camera</source>
        <translation>Read a barcode with the camera</translation>
    </message>
    <message>
        <source>No code read yet.</source>
        <translation>No code read yet.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Last code read:</source>
        <translation>Last code read:</translation>
    </message>
    <message>
        <source>No camera was found. Connect a webcam, or read the code with the barcode gun or from a scanned page.</source>
        <translation>No camera was found. Connect a webcam, or read the code with the barcode gun or from a scanned page.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1). Close other programs that use it, or choose another camera.</source>
        <translation>The camera cannot be used (%1). Close other programs that use it, or choose another camera.</translation>
    </message>
    <message>
        <source>Hold the receipt or the ID card&apos;s QR code in front of the camera.</source>
        <translation>Hold the receipt or the ID card&apos;s QR code in front of the camera.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>motcua::client::CaseEditor</name>
    <message>
        <source>every channel</source>
        <translation>every channel</translation>
    </message>
    <message>
        <source>as in person</source>
        <translation>as in person</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Amount (đ)</source>
        <translation>Amount (đ)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation>Add a paper</translation>
    </message>
    <message>
        <source>Remove the paper</source>
        <translation>Remove the paper</translation>
    </message>
    <message>
        <source>Add a fee</source>
        <translation>Add a fee</translation>
    </message>
    <message>
        <source>Remove the fee</source>
        <translation>Remove the fee</translation>
    </message>
    <message>
        <source>Gives an appointment (else answered within the day)</source>
        <translation>Gives an appointment (else answered within the day)</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>Time online</translation>
    </message>
    <message>
        <source>Time by post</source>
        <translation>Time by post</translation>
    </message>
    <message>
        <source>&lt;b&gt;Papers&lt;/b&gt; (Ins adds a row, Ctrl+Del removes it)</source>
        <translation>&lt;b&gt;Papers&lt;/b&gt; (Ins adds a row, Ctrl+Del removes it)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fees&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>Attach a blank form…</source>
        <translation>Attach a blank form…</translation>
    </message>
    <message>
        <source>Remove the form</source>
        <translation>Remove the form</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>motcua::client::ComponentChecklistModel</name>
    <message>
        <source>Required. </source>
        <translation>Required. </translation>
    </message>
    <message>
        <source>Optional. </source>
        <translation>Optional. </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Note (missing / wrong)</source>
        <translation>Note (missing / wrong)</translation>
    </message>
    <message>
        <source>Asked for — originals: %1, certified copies: %2, photocopies: %3.</source>
        <translation>Asked for — originals: %1, certified copies: %2, photocopies: %3.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ConflictDialog</name>
    <message>
        <source>Dossier %1 was changed by someone else</source>
        <translation>Dossier %1 was changed by someone else</translation>
    </message>
    <message>
        <source>Your change to dossier &lt;b&gt;%1&lt;/b&gt; was made on version %2, but the server already has version %3. Compare the two and decide; nothing has been overwritten.</source>
        <translation>Your change to dossier &lt;b&gt;%1&lt;/b&gt; was made on version %2, but the server already has version %3. Compare the two and decide; nothing has been overwritten.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>Returned to</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation>Mine (this workstation)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>Send mine again</translation>
    </message>
</context>
<context>
    <name>motcua::client::ControlSlipPreview</name>
    <message>
        <source>&amp;Print control slip…</source>
        <translation>&amp;Print control slip…</translation>
    </message>
    <message numerus="yes">
        <source>Control slip (form 05) as it stands: %n page(s), %1 hand-over(s) recorded.</source>
        <translation>
            <numerusform>Control slip (form 05) as it stands: %n page, %1 hand-over(s) recorded.</numerusform>
            <numerusform>Control slip (form 05) as it stands: %n pages, %1 hand-over(s) recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::CounterController</name>
    <message>
        <source>Printer for: %1</source>
        <translation>Printer for: %1</translation>
    </message>
    <message>
        <source>%1 will print on %2.</source>
        <translation>%1 will print on %2.</translation>
    </message>
    <message numerus="yes">
        <source>Guidance recorded for %1; the supplement request (form 02) lists %n paper(s).</source>
        <translation>
            <numerusform>Guidance recorded for %1; the supplement request (form 02) lists %n paper.</numerusform>
            <numerusform>Guidance recorded for %1; the supplement request (form 02) lists %n papers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusal recorded for %1; the refusal slip (form 03) was printed.</source>
        <translation>Refusal recorded for %1; the refusal slip (form 03) was printed.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this workstation.</source>
        <translation>Dossier %1 is not on this workstation.</translation>
    </message>
    <message>
        <source>Dossier %1 has no supplement request to print.</source>
        <translation>Dossier %1 has no supplement request to print.</translation>
    </message>
</context>
<context>
    <name>motcua::client::DossierSummaryModel</name>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Saved on this counter, not yet sent to the server</source>
        <translation>Saved on this counter, not yet sent to the server</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>motcua::client::DossierView</name>
    <message>
        <source>Return &amp;result…</source>
        <translation>Return &amp;result…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt</source>
        <translation>Print re&amp;ceipt</translation>
    </message>
    <message>
        <source>Print control &amp;slip</source>
        <translation>Print control &amp;slip</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Saved on this counter, not yet sent to the server</source>
        <translation>Saved on this counter, not yet sent to the server</translation>
    </message>
    <message>
        <source>Hand the result to the applicant (only when the result is ready)</source>
        <translation>Hand the result to the applicant (only when the result is ready)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Submitted by:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation>Applicant type:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Statutory time:</source>
        <translation>Statutory time:</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>Current step:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Step deadline:</source>
        <translation>Step deadline:</translation>
    </message>
    <message>
        <source>Clock stopped:</source>
        <translation>Clock stopped:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Finished:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Returned:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>No dossier open</source>
        <translation>No dossier open</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>the representative</source>
        <translation>the representative</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>since %1: %2</translation>
    </message>
    <message>
        <source>%1 (moves when the clock restarts)</source>
        <translation>%1 (moves when the clock restarts)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Components (%1)</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>Fees (%1)</translation>
    </message>
    <message>
        <source>%1 — behind schedule</source>
        <translation>%1 — behind schedule</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>reused</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>not received; %1</source>
        <translation>not received; %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <source>%1, handed to %2</source>
        <translation>%1, handed to %2</translation>
    </message>
    <message>
        <source>Sc&amp;an papers…</source>
        <translation>Sc&amp;an papers…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Print separator s&amp;heets</source>
        <translation>Print separator s&amp;heets</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s papers into this dossier&apos;s components</source>
        <translation>Scan the citizen&apos;s papers into this dossier&apos;s components</translation>
    </message>
    <message>
        <source>Add a PDF, PNG, JPEG or TIFF file to a component</source>
        <translation>Add a PDF, PNG, JPEG or TIFF file to a component</translation>
    </message>
    <message>
        <source>One sheet per received component, to scan many papers from the feeder at once</source>
        <translation>One sheet per received component, to scan many papers from the feeder at once</translation>
    </message>
    <message>
        <source>%1 (%2 waiting to be sent)</source>
        <translation>%1 (%2 waiting to be sent)</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>No dossier is open.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG, JPEG or TIFF file.</source>
        <translation>%1 is not a PDF, PNG, JPEG or TIFF file.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>Attach the file to which component of %1?</source>
        <translation>Attach the file to which component of %1?</translation>
    </message>
    <message>
        <source>Attach file to %1</source>
        <translation>Attach file to %1</translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>motcua::client::FormPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <source>No printer is available. Export the form to PDF instead.</source>
        <translation>No printer is available. Export the form to PDF instead.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The form template %1 has an error: %2</source>
        <translation>The form template %1 has an error: %2</translation>
    </message>
    <message>
        <source>The form template %1 uses a name that does not exist: %2</source>
        <translation>The form template %1 uses a name that does not exist: %2</translation>
    </message>
    <message>
        <source>The form template %1 cannot be found.</source>
        <translation>The form template %1 cannot be found.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written: %2</source>
        <translation>The PDF file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The printer did not accept the form. Check that it is on and has paper.</source>
        <translation>The printer did not accept the form. Check that it is on and has paper.</translation>
    </message>
    <message>
        <source>The barcode of the form cannot be made: %1</source>
        <translation>The barcode of the form cannot be made: %1</translation>
    </message>
    <message>
        <source>The form cannot be printed: %1</source>
        <translation>The form cannot be printed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printing the register (%n dossier(s))…</source>
        <translation>
            <numerusform>Printing the register (%n dossier)…</numerusform>
            <numerusform>Printing the register (%n dossiers)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::FormUploader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Uploading %1…</translation>
    </message>
    <message>
        <source>%1 attached: apply the page to keep it.</source>
        <translation>%1 attached: apply the page to keep it.</translation>
    </message>
</context>
<context>
    <name>motcua::client::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Step result</source>
        <translation>Step result</translation>
    </message>
</context>
<context>
    <name>motcua::client::ImportPreviewDialog</name>
    <message>
        <source>new procedure</source>
        <translation>new procedure</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>cannot be imported</translation>
    </message>
    <message>
        <source>Import from the national procedures database</source>
        <translation>Import from the national procedures database</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Create the drafts</source>
        <translation>&amp;Create the drafts</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read. Nothing is written until you create the drafts; published versions are never touched.</source>
        <translation>
            <numerusform>%n record read. Nothing is written until you create the drafts; published versions are never touched.</numerusform>
            <numerusform>%n records read. Nothing is written until you create the drafts; published versions are never touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) would be created or replaced.</source>
        <translation>
            <numerusform>%n draft would be created or replaced.</numerusform>
            <numerusform>%n drafts would be created or replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a MotCua catalogue</source>
        <translation>Import a MotCua catalogue</translation>
    </message>
    <message>
        <source>&amp;Take the catalogue</source>
        <translation>&amp;Take the catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the file. Nothing is written until you take the catalogue; a procedure that went its own way here is refused, never merged.</source>
        <translation>
            <numerusform>%n procedure in the file. Nothing is written until you take the catalogue; a procedure that went its own way here is refused, never merged.</numerusform>
            <numerusform>%n procedures in the file. Nothing is written until you take the catalogue; a procedure that went its own way here is refused, never merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) would be added or given new versions.</source>
        <translation>
            <numerusform>%n procedure would be added or given new versions.</numerusform>
            <numerusform>%n procedures would be added or given new versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::IntakePage</name>
    <message>
        <source>Procedure: name, code or field…</source>
        <translation>Procedure: name, code or field…</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Procedure&lt;/b&gt; (Ctrl+F)</source>
        <translation>&lt;b&gt;1. Procedure&lt;/b&gt; (Ctrl+F)</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner of the dossier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Owner of the dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The owner submits in person</source>
        <translation>The owner submits in person</translation>
    </message>
    <message>
        <source>An authorised representative</source>
        <translation>An authorised representative</translation>
    </message>
    <message>
        <source>3. Papers (* required)</source>
        <translation>3. Papers (* required)</translation>
    </message>
    <message>
        <source>Number of sets</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <source>4. Outcome</source>
        <translation>4. Outcome</translation>
    </message>
    <message>
        <source>Reason (required to refuse; printed on the guidance slip as well)</source>
        <translation>Reason (required to refuse; printed on the guidance slip as well)</translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <source>Guide to complete (F10)</source>
        <translation>Guide to complete (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <source>Choose a procedure to see the appointment date.</source>
        <translation>Choose a procedure to see the appointment date.</translation>
    </message>
    <message>
        <source>Appointment if accepted now: %1 %2, %3</source>
        <translation>Appointment if accepted now: %1 %2, %3</translation>
    </message>
    <message>
        <source>Required papers not received: %1. Guide the citizen to complete the dossier (F10) instead.</source>
        <translation>Required papers not received: %1. Guide the citizen to complete the dossier (F10) instead.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded on this workstation; it will be sent when the server is reachable.</source>
        <translation>Recorded on this workstation; it will be sent when the server is reachable.</translation>
    </message>
    <message>
        <source>The unfinished intake was restored.</source>
        <translation>The unfinished intake was restored.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>submitter</source>
        <translation>submitter</translation>
    </message>
    <message>
        <source>Filled from the citizen ID card (%1): %2, %3, born %4. Check it with the citizen.</source>
        <translation>Filled from the citizen ID card (%1): %2, %3, born %4. Check it with the citizen.</translation>
    </message>
    <message>
        <source>The ID card&apos;s code was not used: %1</source>
        <translation>The ID card&apos;s code was not used: %1</translation>
    </message>
    <message>
        <source>Read ID card with camera…</source>
        <translation>Read ID card with camera…</translation>
    </message>
    <message>
        <source>Fill the applicant from the QR code of a chip-based citizen ID card, read with the webcam</source>
        <translation>Fill the applicant from the QR code of a chip-based citizen ID card, read with the webcam</translation>
    </message>
    <message>
        <source>Accepted: %1 — appointment %2.</source>
        <translation>Accepted: %1 — appointment %2.</translation>
    </message>
    <message>
        <source>Accepted: %1 — no appointment.</source>
        <translation>Accepted: %1 — no appointment.</translation>
    </message>
    <message>
        <source>Choose the case…</source>
        <translation>Choose the case…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Case&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the case to see the appointment date.</source>
        <translation>Choose the case to see the appointment date.</translation>
    </message>
    <message>
        <source>Blank forms… (Ctrl+M)</source>
        <translation>Blank forms… (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>motcua::client::LastReceivedBar</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reprint the receipt</source>
        <translation>Reprint the receipt</translation>
    </message>
    <message>
        <source>kept on this workstation until the server answers</source>
        <translation>kept on this workstation until the server answers</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Last received: %1</translation>
    </message>
    <message>
        <source>%1: not printed</source>
        <translation>%1: not printed</translation>
    </message>
    <message>
        <source>%1: saved to the file %2</source>
        <translation>%1: saved to the file %2</translation>
    </message>
    <message>
        <source>%1: sent to the printer %2</source>
        <translation>%1: sent to the printer %2</translation>
    </message>
    <message>
        <source>Received %1 — appointment %2</source>
        <translation>Received %1 — appointment %2</translation>
    </message>
    <message>
        <source>Received %1 — no appointment</source>
        <translation>Received %1 — no appointment</translation>
    </message>
</context>
<context>
    <name>motcua::client::LoginDialog</name>
    <message>
        <source>MotCua — log in</source>
        <translation>MotCua — log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;One-stop counter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;One-stop counter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>The server address is not valid (for example http://192.168.1.10:8686).</source>
        <translation>The server address is not valid (for example http://192.168.1.10:8686).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>motcua::client::LookupPage</name>
    <message>
        <source>Dossier code, owner&apos;s name, phone or ID number — or scan the receipt</source>
        <translation>Dossier code, owner&apos;s name, phone or ID number — or scan the receipt</translation>
    </message>
    <message>
        <source>Latest dossiers. Type a code, name, phone or ID number, or scan a receipt.</source>
        <translation>Latest dossiers. Type a code, name, phone or ID number, or scan a receipt.</translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation>No dossier matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found</source>
        <translation>
            <numerusform>%n dossier found</numerusform>
            <numerusform>%n dossiers found</numerusform>
        </translation>
    </message>
    <message>
        <source>Search took %1 ms</source>
        <translation>Search took %1 ms</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this counter yet (it may not have been synchronised).</source>
        <translation>Dossier %1 is not on this counter yet (it may not have been synchronised).</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Scanned %1</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>Read with camera…</source>
        <translation>Read with camera…</translation>
    </message>
    <message>
        <source>Read the receipt&apos;s barcode with the webcam (F4)</source>
        <translation>Read the receipt&apos;s barcode with the webcam (F4)</translation>
    </message>
    <message>
        <source>This is a citizen ID card, not a receipt: the dossiers of ID number %1 are listed.</source>
        <translation>This is a citizen ID card, not a receipt: the dossiers of ID number %1 are listed.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this counter: asking the server…</source>
        <translation>Dossier %1 is not on this counter: asking the server…</translation>
    </message>
    <message>
        <source>Dossier %1 is neither on this counter nor found on the server (or the server cannot be reached now).</source>
        <translation>Dossier %1 is neither on this counter nor found on the server (or the server cannot be reached now).</translation>
    </message>
</context>
<context>
    <name>motcua::client::MainWindow</name>
    <message>
        <source>MotCua — One-stop counter</source>
        <translation>MotCua — One-stop counter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Offline: %1 does not answer</source>
        <translation>Offline: %1 does not answer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Reprint the receipt</source>
        <translation>&amp;Reprint the receipt</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>Open a dossier first.</translation>
    </message>
    <message>
        <source>Reprint the &amp;control slip</source>
        <translation>Reprint the &amp;control slip</translation>
    </message>
    <message>
        <source>&amp;Export the receipt to PDF…</source>
        <translation>&amp;Export the receipt to PDF…</translation>
    </message>
    <message>
        <source>&amp;Preview before printing</source>
        <translation>&amp;Preview before printing</translation>
    </message>
    <message>
        <source>C&amp;hoose the printer for receipts…</source>
        <translation>C&amp;hoose the printer for receipts…</translation>
    </message>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>Dossier %1 updated on this workstation; it will be sent when the server is reachable.</source>
        <translation>Dossier %1 updated on this workstation; it will be sent when the server is reachable.</translation>
    </message>
    <message>
        <source>Dossier %1 updated.</source>
        <translation>Dossier %1 updated.</translation>
    </message>
    <message>
        <source>Changes stay on this workstation until you log in again.</source>
        <translation>Changes stay on this workstation until you log in again.</translation>
    </message>
    <message>
        <source>The server refused a change to dossier %1 made on this workstation: %2</source>
        <translation>The server refused a change to dossier %1 made on this workstation: %2</translation>
    </message>
    <message>
        <source>The receipt printed offline carries code %1, but the server recorded the dossier as %2. Reprint the receipt and give the citizen the new one.</source>
        <translation>The receipt printed offline carries code %1, but the server recorded the dossier as %2. Reprint the receipt and give the citizen the new one.</translation>
    </message>
    <message>
        <source>Intake (F2)</source>
        <translation>Intake (F2)</translation>
    </message>
    <message>
        <source>Lookup and return (F3)</source>
        <translation>Lookup and return (F3)</translation>
    </message>
    <message>
        <source>Lookup (F3)</source>
        <translation>Lookup (F3)</translation>
    </message>
    <message>
        <source>Tracking register</source>
        <translation>Tracking register</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this workstation.</source>
        <translation>Dossier %1 is not on this workstation.</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Counter queues</source>
        <translation>Counter queues</translation>
    </message>
    <message>
        <source>Read a code with the &amp;camera…</source>
        <translation>Read a code with the &amp;camera…</translation>
    </message>
    <message>
        <source>Print the &amp;supplement request</source>
        <translation>Print the &amp;supplement request</translation>
    </message>
    <message>
        <source>Scan the &amp;papers of this dossier…</source>
        <translation>Scan the &amp;papers of this dossier…</translation>
    </message>
    <message>
        <source>Scan a &amp;stack with separator sheets…</source>
        <translation>Scan a &amp;stack with separator sheets…</translation>
    </message>
    <message>
        <source>Print separator s&amp;heets</source>
        <translation>Print separator s&amp;heets</translation>
    </message>
    <message>
        <source>Print the &amp;apology (form 04)</source>
        <translation>Print the &amp;apology (form 04)</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Log out / switch user</translation>
    </message>
    <message>
        <source>%1 saved to the file %2</source>
        <translation>%1 saved to the file %2</translation>
    </message>
    <message>
        <source>%1 sent to the printer %2</source>
        <translation>%1 sent to the printer %2</translation>
    </message>
    <message>
        <source>%1 · logged in offline</source>
        <translation>%1 · logged in offline</translation>
    </message>
    <message>
        <source>The server refused a guidance or refusal recorded on this workstation: %1</source>
        <translation>The server refused a guidance or refusal recorded on this workstation: %1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Move the open dossier to another &amp;process…</source>
        <translation>Move the open dossier to another &amp;process…</translation>
    </message>
    <message>
        <source>%1 now follows the new process.</source>
        <translation>%1 now follows the new process.</translation>
    </message>
</context>
<context>
    <name>motcua::client::MoveProcessDialog</name>
    <message>
        <source>&amp;Move the dossier</source>
        <translation>&amp;Move the dossier</translation>
    </message>
    <message>
        <source>Move %1 to another process</source>
        <translation>Move %1 to another process</translation>
    </message>
    <message>
        <source>%1 · %2, received under version %3, is at step &quot;%4&quot;. Its papers, fees and appointment stay; only the process changes, from the step chosen.</source>
        <translation>%1 · %2, received under version %3, is at step &quot;%4&quot;. Its papers, fees and appointment stay; only the process changes, from the step chosen.</translation>
    </message>
    <message>
        <source>Why the dossier changes process (kept in its history)</source>
        <translation>Why the dossier changes process (kept in its history)</translation>
    </message>
    <message>
        <source>Process of &amp;version:</source>
        <translation>Process of &amp;version:</translation>
    </message>
    <message>
        <source>Go on at &amp;step:</source>
        <translation>Go on at &amp;step:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Loading the versions of the procedure…</source>
        <translation>Loading the versions of the procedure…</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Version %1 (%2) — the dossier&apos;s</source>
        <translation>Version %1 (%2) — the dossier&apos;s</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Version %1 has no case &quot;%2&quot;.</source>
        <translation>Version %1 has no case &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
</context>
<context>
    <name>motcua::client::PageViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Fit the page&apos;s width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>This PDF is protected by a password and cannot be shown.</translation>
    </message>
    <message>
        <source>This file cannot be shown: it is damaged or of a kind this program does not read.</source>
        <translation>This file cannot be shown: it is damaged or of a kind this program does not read.</translation>
    </message>
    <message>
        <source>Choose a scanned paper to see its pages.</source>
        <translation>Choose a scanned paper to see its pages.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation>Page %1 cannot be shown.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>motcua::client::PersonFields</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>ID number (CCCD/CMND)</source>
        <translation>ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>This does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Date of birth: %1</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureDiffView</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Paper, fee or step</source>
        <translation>Paper, fee or step</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Local code</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Case added</source>
        <translation>Case added</translation>
    </message>
    <message>
        <source>Case removed</source>
        <translation>Case removed</translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation>Case renamed</translation>
    </message>
    <message>
        <source>Statutory time</source>
        <translation>Statutory time</translation>
    </message>
    <message>
        <source>Time for a channel</source>
        <translation>Time for a channel</translation>
    </message>
    <message>
        <source>Gives an appointment</source>
        <translation>Gives an appointment</translation>
    </message>
    <message>
        <source>Paper added</source>
        <translation>Paper added</translation>
    </message>
    <message>
        <source>Paper removed</source>
        <translation>Paper removed</translation>
    </message>
    <message>
        <source>Paper changed</source>
        <translation>Paper changed</translation>
    </message>
    <message>
        <source>Fee added</source>
        <translation>Fee added</translation>
    </message>
    <message>
        <source>Fee removed</source>
        <translation>Fee removed</translation>
    </message>
    <message>
        <source>Fee changed</source>
        <translation>Fee changed</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Step added</translation>
    </message>
    <message>
        <source>Step removed</source>
        <translation>Step removed</translation>
    </message>
    <message>
        <source>Step changed</source>
        <translation>Step changed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Information only</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Partly online</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>No difference</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Version added (in force from)</source>
        <translation>Version added (in force from)</translation>
    </message>
    <message>
        <source>Version ends on</source>
        <translation>Version ends on</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureEditor</name>
    <message>
        <source>e.g. 1.001193 (national procedures database)</source>
        <translation>e.g. 1.001193 (national procedures database)</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Information only</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Partly online</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Local code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Cases, papers, fees</source>
        <translation>Cases, papers, fees</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Add a case</translation>
    </message>
    <message>
        <source>Remove the case</source>
        <translation>Remove the case</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Statutory time (in person)</source>
        <translation>Statutory time (in person)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>The procedure&apos;s only case</source>
        <translation>The procedure&apos;s only case</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>One document a line</source>
        <translation>One document a line</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>Choose the agency that receives it</source>
        <translation>Choose the agency that receives it</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureVersionsModel</name>
    <message>
        <source>version %1 since %2</source>
        <translation>version %1 since %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>draft %1</translation>
    </message>
    <message>
        <source>version %1 from %2</source>
        <translation>version %1 from %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>In force today</translation>
    </message>
    <message>
        <source>Drafts and later versions</source>
        <translation>Drafts and later versions</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProceduresPage</name>
    <message>
        <source>Procedure: name or code…</source>
        <translation>Procedure: name or code…</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>With a draft</source>
        <translation>With a draft</translation>
    </message>
    <message>
        <source>Scheduled for a later day</source>
        <translation>Scheduled for a later day</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>&amp;New procedure</source>
        <translation>&amp;New procedure</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Publish the draft</source>
        <translation>&amp;Publish the draft</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Loading the procedures…</source>
        <translation>Loading the procedures…</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Every field</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) could not be read: update the application.</source>
        <translation>
            <numerusform>%n version could not be read: update the application.</numerusform>
            <numerusform>%n versions could not be read: update the application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a procedure in the list.</source>
        <translation>Choose a procedure in the list.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>replaced before it took effect</source>
        <translation>replaced before it took effect</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Editing draft %1: Apply saves it; publish it to give it a day.</source>
        <translation>Editing draft %1: Apply saves it; publish it to give it a day.</translation>
    </message>
    <message>
        <source>Version %1 is published and never changes: Apply saves your changes as a new draft.</source>
        <translation>Version %1 is published and never changes: Apply saves your changes as a new draft.</translation>
    </message>
    <message>
        <source>A new procedure: Apply keeps it as draft version 1.</source>
        <translation>A new procedure: Apply keeps it as draft version 1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as draft %1 of %2.</source>
        <translation>Saved as draft %1 of %2.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2; the counters receive it then.</source>
        <translation>Version %1 takes effect on %2; the counters receive it then.</translation>
    </message>
    <message>
        <source>Not saved: the server refused it.</source>
        <translation>Not saved: the server refused it.</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>What changed: select one version (compared with the one before it) or two</source>
        <translation>What changed: select one version (compared with the one before it) or two</translation>
    </message>
    <message>
        <source>%1: version %2 → version %3</source>
        <translation>%1: version %2 → version %3</translation>
    </message>
    <message>
        <source>Co&amp;rrect the published version…</source>
        <translation>Co&amp;rrect the published version…</translation>
    </message>
    <message>
        <source>Changes what the version in force says, without a new version (recorded with its reason)</source>
        <translation>Changes what the version in force says, without a new version (recorded with its reason)</translation>
    </message>
    <message>
        <source>&amp;End day…</source>
        <translation>&amp;End day…</translation>
    </message>
    <message>
        <source>Correct the published version</source>
        <translation>Correct the published version</translation>
    </message>
    <message>
        <source>Why is the version in force corrected rather than replaced by a new version?</source>
        <translation>Why is the version in force corrected rather than replaced by a new version?</translation>
    </message>
    <message>
        <source>End day of version %1</source>
        <translation>End day of version %1</translation>
    </message>
    <message>
        <source>No end day (in force until further notice)</source>
        <translation>No end day (in force until further notice)</translation>
    </message>
    <message>
        <source>Last day in force</source>
        <translation>Last day in force</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Correcting…</source>
        <translation>Correcting…</translation>
    </message>
    <message>
        <source>Version %1 corrected; the reason is in the audit log.</source>
        <translation>Version %1 corrected; the reason is in the audit log.</translation>
    </message>
    <message>
        <source>Saving the end day…</source>
        <translation>Saving the end day…</translation>
    </message>
    <message>
        <source>Version %1 is in force until %2.</source>
        <translation>Version %1 is in force until %2.</translation>
    </message>
    <message>
        <source>Version %1 has no end day.</source>
        <translation>Version %1 has no end day.</translation>
    </message>
    <message>
        <source>Not changed: the server refused it.</source>
        <translation>Not changed: the server refused it.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Records of the national procedures database</source>
        <translation>Records of the national procedures database</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Reading the records…</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) created from the national database: check them, draw their processes, publish them.</source>
        <translation>
            <numerusform>%n draft created from the national database: check them, draw their processes, publish them.</numerusform>
            <numerusform>%n drafts created from the national database: check them, draw their processes, publish them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) through the process take longer than the statutory time, so a dossier that uses every step&apos;s whole time would be late:

%1

Publish all the same?</source>
        <translation>
            <numerusform>%n way through the process takes longer than the statutory time, so a dossier that uses every step&apos;s whole time would be late:

%1

Publish all the same?</numerusform>
            <numerusform>%n ways through the process take longer than the statutory time, so a dossier that uses every step&apos;s whole time would be late:

%1

Publish all the same?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import procedures from a file of the national procedures database, or a catalogue exported from MotCua (JSON)</source>
        <translation>Import procedures from a file of the national procedures database, or a catalogue exported from MotCua (JSON)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the catalogue (every version, processes and fields) to a file, for another server or for safekeeping</source>
        <translation>Save the catalogue (every version, processes and fields) to a file, for another server or for safekeeping</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Exporting the catalogue…</source>
        <translation>Exporting the catalogue…</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) exported to %1.</source>
        <translation>
            <numerusform>%n procedure exported to %1.</numerusform>
            <numerusform>%n procedures exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) taken from the catalogue file.</source>
        <translation>
            <numerusform>%n procedure taken from the catalogue file.</numerusform>
            <numerusform>%n procedures taken from the catalogue file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank form of the paper</source>
        <translation>Blank form of the paper</translation>
    </message>
    <message>
        <source>Forms (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Forms (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>%1 was uploaded, but its paper is no longer shown: attach it again to the paper.</source>
        <translation>%1 was uploaded, but its paper is no longer shown: attach it again to the paper.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessDesigner</name>
    <message>
        <source>Process diagram</source>
        <translation>Process diagram</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Arrows</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Add &amp;step</translation>
    </message>
    <message>
        <source>A new step after the others (Ins in the steps table)</source>
        <translation>A new step after the others (Ins in the steps table)</translation>
    </message>
    <message>
        <source>Add a&amp;rrow</source>
        <translation>Add a&amp;rrow</translation>
    </message>
    <message>
        <source>An arrow from the chosen step (Ins in the arrows table; Shift+drag between two boxes in the diagram)</source>
        <translation>An arrow from the chosen step (Ins in the arrows table; Shift+drag between two boxes in the diagram)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>The chosen step or arrow (Del)</source>
        <translation>The chosen step or arrow (Del)</translation>
    </message>
    <message>
        <source>Arran&amp;ge</source>
        <translation>Arran&amp;ge</translation>
    </message>
    <message>
        <source>Lay the diagram out from intake to the result</source>
        <translation>Lay the diagram out from intake to the result</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>The whole process in view</source>
        <translation>The whole process in view</translation>
    </message>
    <message>
        <source>Sim&amp;ulate…</source>
        <translation>Sim&amp;ulate…</translation>
    </message>
    <message>
        <source>A sample dossier through one way, with the real calendar</source>
        <translation>A sample dossier through one way, with the real calendar</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <source>Arro&amp;ws (what takes a dossier from one step to another)</source>
        <translation>Arro&amp;ws (what takes a dossier from one step to another)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;ables</translation>
    </message>
    <message>
        <source>Problems of the process</source>
        <translation>Problems of the process</translation>
    </message>
    <message>
        <source>Check before publishing:</source>
        <translation>Check before publishing:</translation>
    </message>
    <message>
        <source>arrow %1</source>
        <translation>arrow %1</translation>
    </message>
    <message>
        <source>Warning: %1 takes %2 working hours, more than the statutory %3; publishing asks you to confirm.</source>
        <translation>Warning: %1 takes %2 working hours, more than the statutory %3; publishing asks you to confirm.</translation>
    </message>
    <message>
        <source>No problem: every step is reached from intake and leads to the result.</source>
        <translation>No problem: every step is reached from intake and leads to the result.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessModel</name>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessesPage</name>
    <message>
        <source>Find a procedure by name or code</source>
        <translation>Find a procedure by name or code</translation>
    </message>
    <message>
        <source>Procedure and case</source>
        <translation>Procedure and case</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Procedures and their cases</source>
        <translation>Procedures and their cases</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Loading the procedures…</source>
        <translation>Loading the procedures…</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>draft %1</translation>
    </message>
    <message>
        <source>The process shown has changes that are not applied. Discard them?</source>
        <translation>The process shown has changes that are not applied. Discard them?</translation>
    </message>
    <message>
        <source>Choose a procedure (or one of its cases) in the list.</source>
        <translation>Choose a procedure (or one of its cases) in the list.</translation>
    </message>
    <message>
        <source>%1 has several cases, each with its process: choose a case.</source>
        <translation>%1 has several cases, each with its process: choose a case.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: draft %2. Apply saves the draft.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: draft %2. Apply saves the draft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 as published. Apply saves the change as a new draft, to publish on the Procedures page.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: version %2 as published. Apply saves the change as a new draft, to publish on the Procedures page.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved as draft %1 of %2: publish it on the Procedures page.</source>
        <translation>Saved as draft %1 of %2: publish it on the Procedures page.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessingView</name>
    <message>
        <source>Print apology (form 04)…</source>
        <translation>Print apology (form 04)…</translation>
    </message>
    <message>
        <source>Saved on this workstation, not yet sent to the server</source>
        <translation>Saved on this workstation, not yet sent to the server</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Copies (O/C/P)</source>
        <translation>Copies (O/C/P)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>Current step:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Scanned papers</source>
        <translation>Scanned papers</translation>
    </message>
    <message>
        <source>Control slip (form 05)</source>
        <translation>Control slip (form 05)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No dossier open</source>
        <translation>No dossier open</translation>
    </message>
    <message>
        <source>This dossier is not on this workstation yet. It appears after the next synchronisation with the server.</source>
        <translation>This dossier is not on this workstation yet. It appears after the next synchronisation with the server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Submitted by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Received:&lt;/b&gt; %3 (%4)</source>
        <translation>&lt;b&gt;Owner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Submitted by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Received:&lt;/b&gt; %3 (%4)</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source> — apology pending: new appointment %1 proposed by %2</source>
        <translation> — apology pending: new appointment %1 proposed by %2</translation>
    </message>
    <message>
        <source>Step due %1</source>
        <translation>Step due %1</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>not scanned</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>reused</translation>
    </message>
    <message>
        <source>The result document could not be attached: %1. Nothing was sent.</source>
        <translation>The result document could not be attached: %1. Nothing was sent.</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>Sending “%1”…</translation>
    </message>
    <message>
        <source>“%1” done. %2</source>
        <translation>“%1” done. %2</translation>
    </message>
    <message>
        <source>“%1” is waiting for this workstation&apos;s earlier changes of the dossier and is sent right after them.</source>
        <translation>“%1” is waiting for this workstation&apos;s earlier changes of the dossier and is sent right after them.</translation>
    </message>
    <message>
        <source>“%1” is saved on this workstation and will be sent when the server can be reached.</source>
        <translation>“%1” is saved on this workstation and will be sent when the server can be reached.</translation>
    </message>
    <message>
        <source>Someone else acted on this dossier first; your action was not applied. Loading the dossier as it is now…</source>
        <translation>Someone else acted on this dossier first; your action was not applied. Loading the dossier as it is now…</translation>
    </message>
    <message>
        <source>“%1” was not done: %2</source>
        <translation>“%1” was not done: %2</translation>
    </message>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>Last change: %1 by %2 at %3.</translation>
    </message>
    <message>
        <source>Someone else acted on this dossier first; your “%1” was not applied. %2 %3 Check the dossier as it is now and decide again.</source>
        <translation>Someone else acted on this dossier first; your “%1” was not applied. %2 %3 Check the dossier as it is now and decide again.</translation>
    </message>
    <message>
        <source>The server refused a change saved on this workstation: %1</source>
        <translation>The server refused a change saved on this workstation: %1</translation>
    </message>
    <message>
        <source>“%1” sent. %2</source>
        <translation>“%1” sent. %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>, step “%1”</source>
        <translation>, step “%1”</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <source>Saving the result document, then sending “%1”…</source>
        <translation>Saving the result document, then sending “%1”…</translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation>%1 (dossier %2)</translation>
    </message>
</context>
<context>
    <name>motcua::client::QueueModel</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> · not sent</source>
        <translation> · not sent</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Step deadline</source>
        <translation>Step deadline</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>motcua::client::QueuePanel</name>
    <message>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message>
        <source>Search this queue: code, name, phone, ID number</source>
        <translation>Search this queue: code, name, phone, ID number</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>By deadline</translation>
    </message>
    <message>
        <source>Newest received first</source>
        <translation>Newest received first</translation>
    </message>
    <message>
        <source>Oldest received first</source>
        <translation>Oldest received first</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 dossiers. Narrow the search or the filters to see the others.</source>
        <translation>Showing the first %1 of %2 dossiers. Narrow the search or the filters to see the others.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) match</source>
        <translation>
            <numerusform>%n dossier matches</numerusform>
            <numerusform>%n dossiers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::RegisterModel</name>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Returned
on</source>
        <translation>Returned
on</translation>
    </message>
    <message>
        <source>Returned
to</source>
        <translation>Returned
to</translation>
    </message>
    <message>
        <source>Handed
over by</source>
        <translation>Handed
over by</translation>
    </message>
    <message>
        <source>Receiving
officer</source>
        <translation>Receiving
officer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>motcua::client::RegisterPage</name>
    <message>
        <source>To&amp;day</source>
        <translation>To&amp;day</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>This &amp;month</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Last month</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation>Dossier tracking register</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received from %1 to %2</source>
        <translation>
            <numerusform>%n dossier received from %1 to %2</numerusform>
            <numerusform>%n dossiers received from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the re&amp;gister…</source>
        <translation>Print the re&amp;gister…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
</context>
<context>
    <name>motcua::client::Reminders</name>
    <message numerus="yes">
        <source>%n new dossier(s) for you</source>
        <translation>
            <numerusform>%n new dossier for you</numerusform>
            <numerusform>%n new dossiers for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) due soon</source>
        <translation>
            <numerusform>%n dossier due soon</numerusform>
            <numerusform>%n dossiers due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) overdue</source>
        <translation>
            <numerusform>%n dossier overdue</numerusform>
            <numerusform>%n dossiers overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::ReturnDialog</name>
    <message>
        <source>&amp;Other document (passport…)</source>
        <translation>&amp;Other document (passport…)</translation>
    </message>
    <message>
        <source>Return the result — %1</source>
        <translation>Return the result — %1</translation>
    </message>
    <message>
        <source>e.g. original papers kept back, signed the hand-over book</source>
        <translation>e.g. original papers kept back, signed the hand-over book</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>The submitter</source>
        <translation>The submitter</translation>
    </message>
    <message>
        <source>The authorised representative</source>
        <translation>The authorised representative</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Another person</translation>
    </message>
    <message>
        <source>Result collected by</source>
        <translation>Result collected by</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Fees due at return</source>
        <translation>Fees due at return</translation>
    </message>
    <message>
        <source>Total to collect:</source>
        <translation>Total to collect:</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>&amp;Receipt no.:</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>Bank &amp;transfer</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>Enter the full name of the person collecting the result.</source>
        <translation>Enter the full name of the person collecting the result.</translation>
    </message>
    <message>
        <source>Enter the number of the identity document.</source>
        <translation>Enter the number of the identity document.</translation>
    </message>
    <message>
        <source>Enter a valid ID number.</source>
        <translation>Enter a valid ID number.</translation>
    </message>
    <message>
        <source>Collect the fees and enter the receipt number.</source>
        <translation>Collect the fees and enter the receipt number.</translation>
    </message>
    <message>
        <source>Identity document other than an ID card</source>
        <translation>Identity document other than an ID card</translation>
    </message>
    <message>
        <source>12-digit citizen ID, 9-digit old ID card, or tax code</source>
        <translation>12-digit citizen ID, 9-digit old ID card, or tax code</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
</context>
<context>
    <name>motcua::client::ScanDialog</name>
    <message>
        <source>Scan papers</source>
        <translation>Scan papers</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <source>Sc&amp;anner:</source>
        <translation>Sc&amp;anner:</translation>
    </message>
    <message>
        <source>&amp;Paper from:</source>
        <translation>&amp;Paper from:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <source>Turn &amp;left</source>
        <translation>Turn &amp;left</translation>
    </message>
    <message>
        <source>Turn ri&amp;ght</source>
        <translation>Turn ri&amp;ght</translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation>&amp;Delete page</translation>
    </message>
    <message>
        <source>Sca&amp;n this page again</source>
        <translation>Sca&amp;n this page again</translation>
    </message>
    <message>
        <source>&amp;Use these pages</source>
        <translation>&amp;Use these pages</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Scanning page %1…</translation>
    </message>
    <message>
        <source>Searching for scanners…</source>
        <translation>Searching for scanners…</translation>
    </message>
    <message>
        <source>Glass (one page)</source>
        <translation>Glass (one page)</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>Document feeder, both sides</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>Black and white (text)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n page scanned.</numerusform>
            <numerusform>%n pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel scann&amp;ing</source>
        <translation>Cancel scann&amp;ing</translation>
    </message>
    <message>
        <source>The dialog can be closed once the pages are saved.</source>
        <translation>The dialog can be closed once the pages are saved.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ScanIntoDossierDialog</name>
    <message>
        <source>Scan papers into dossier %1</source>
        <translation>Scan papers into dossier %1</translation>
    </message>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br/&gt;%3</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>C&amp;omponent:</source>
        <translation>C&amp;omponent:</translation>
    </message>
    <message>
        <source>Save &amp;to the component</source>
        <translation>Save &amp;to the component</translation>
    </message>
    <message>
        <source>This dossier has no received component to scan into.</source>
        <translation>This dossier has no received component to scan into.</translation>
    </message>
    <message>
        <source>Sending a file to the server failed: %1</source>
        <translation>Sending a file to the server failed: %1</translation>
    </message>
    <message>
        <source>digitised</source>
        <translation>digitised</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>not scanned yet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 waiting to be sent</source>
        <translation>
            <numerusform>%n file, %1 waiting to be sent</numerusform>
            <numerusform>%n files, %1 waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>The pages will be saved to “%1” of dossier %2.</source>
        <translation>The pages will be saved to “%1” of dossier %2.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to “%1”; sent to the server in the background.</source>
        <translation>
            <numerusform>Saved %n page to “%1”; sent to the server in the background.</numerusform>
            <numerusform>Saved %n pages to “%1”; sent to the server in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making the PDF of %n page(s)…</source>
        <translation>
            <numerusform>Making the PDF of %n page…</numerusform>
            <numerusform>Making the PDF of %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n page(s) on this workstation…</source>
        <translation>
            <numerusform>Saving %n page on this workstation…</numerusform>
            <numerusform>Saving %n pages on this workstation…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::Scanner</name>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>Scanning was cancelled.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, then search again.</source>
        <translation>No scanner was found. Check that it is switched on and connected, then search again.</translation>
    </message>
    <message>
        <source>The scanner cannot be reached: it may be unplugged, switched off or renamed. Check it, then search for scanners again.</source>
        <translation>The scanner cannot be reached: it may be unplugged, switched off or renamed. Check it, then search for scanners again.</translation>
    </message>
    <message>
        <source>The scanner is busy: another program or computer is using it. Try again in a moment.</source>
        <translation>The scanner is busy: another program or computer is using it. Try again in a moment.</translation>
    </message>
    <message>
        <source>Paper jam in the document feeder. Remove the jammed sheet, put the pages not yet scanned back in the feeder and scan them.</source>
        <translation>Paper jam in the document feeder. Remove the jammed sheet, put the pages not yet scanned back in the feeder and scan them.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the papers in the feeder and scan again.</source>
        <translation>The document feeder is empty. Put the papers in the feeder and scan again.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>The scanner&apos;s cover is open. Close it and scan again.</translation>
    </message>
    <message>
        <source>The connection to the scanner was lost (unplugged or switched off?). Check its cable and power, then scan again.</source>
        <translation>The connection to the scanner was lost (unplugged or switched off?). Check its cable and power, then scan again.</translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Choose a lower resolution or scan fewer pages at a time.</source>
        <translation>Not enough memory for this scan. Choose a lower resolution or scan fewer pages at a time.</translation>
    </message>
    <message>
        <source>Access to the scanner was refused: this computer account may not use it. Ask the administrator.</source>
        <translation>Access to the scanner was refused: this computer account may not use it. Ask the administrator.</translation>
    </message>
    <message>
        <source>The scanner&apos;s lamp is still warming up. Wait a moment and scan again.</source>
        <translation>The scanner&apos;s lamp is still warming up. Wait a moment and scan again.</translation>
    </message>
    <message>
        <source>The scanner&apos;s transport lock is on. Release the lock and scan again.</source>
        <translation>The scanner&apos;s transport lock is on. Release the lock and scan again.</translation>
    </message>
    <message>
        <source>The scanner does not support this operation.</source>
        <translation>The scanner does not support this operation.</translation>
    </message>
    <message>
        <source>The scanner refused these settings. Choose other settings and scan again.</source>
        <translation>The scanner refused these settings. Choose other settings and scan again.</translation>
    </message>
    <message>
        <source>The scanner has no such paper source (for example no document feeder).</source>
        <translation>The scanner has no such paper source (for example no document feeder).</translation>
    </message>
    <message>
        <source>The scanner cannot scan in this mode (colour, grey or black and white).</source>
        <translation>The scanner cannot scan in this mode (colour, grey or black and white).</translation>
    </message>
    <message>
        <source>The scanner stopped in the middle of a page; that page was not kept. Scan it again.</source>
        <translation>The scanner stopped in the middle of a page; that page was not kept. Scan it again.</translation>
    </message>
    <message>
        <source>The scanner sent an image in a format MotCua cannot read. Try another mode.</source>
        <translation>The scanner sent an image in a format MotCua cannot read. Try another mode.</translation>
    </message>
    <message>
        <source>The scanning system (SANE) could not be started on this computer.</source>
        <translation>The scanning system (SANE) could not be started on this computer.</translation>
    </message>
    <message>
        <source>The scanner reported an unknown problem.</source>
        <translation>The scanner reported an unknown problem.</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>The %n page scanned before is kept.</numerusform>
            <numerusform>The %n pages scanned before are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Find a setting…</source>
        <translation>Find a setting…</translation>
    </message>
    <message>
        <source>The server cannot be reached: these settings are shown as last loaded and cannot be changed until it answers again.</source>
        <translation>The server cannot be reached: these settings are shown as last loaded and cannot be changed until it answers again.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Changed, not applied yet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has changes that are not applied.</source>
        <translation>The page &quot;%1&quot; has changes that are not applied.</translation>
    </message>
</context>
<context>
    <name>motcua::client::SimulationDialog</name>
    <message>
        <source>Simulate the process</source>
        <translation>Simulate the process</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Way through the process:</source>
        <translation>&amp;Way through the process:</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>&amp;Received at:</translation>
    </message>
    <message>
        <source>No way leads from intake to the result: check the process.</source>
        <translation>No way leads from intake to the result: check the process.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>The simulation stopped: %1</translation>
    </message>
    <message>
        <source>The case needs no appointment; the last step is due %1.</source>
        <translation>The case needs no appointment; the last step is due %1.</translation>
    </message>
    <message>
        <source>Appointment: %1. Taking every step&apos;s whole time, this way ends %2, after the appointment: shorten the steps in red.</source>
        <translation>Appointment: %1. Taking every step&apos;s whole time, this way ends %2, after the appointment: shorten the steps in red.</translation>
    </message>
    <message>
        <source>Appointment: %1. This way ends %2, in time.</source>
        <translation>Appointment: %1. This way ends %2, in time.</translation>
    </message>
</context>
<context>
    <name>motcua::client::StepTableModel</name>
    <message>
        <source>by status</source>
        <translation>by status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>National status</source>
        <translation>National status</translation>
    </message>
    <message>
        <source>May return</source>
        <translation>May return</translation>
    </message>
    <message>
        <source>Tell the citizen</source>
        <translation>Tell the citizen</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>Not allowed here</translation>
    </message>
</context>
<context>
    <name>motcua::client::TodayPanel</name>
    <message>
        <source>Weekly rest day</source>
        <translation>Weekly rest day</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Lunar New Year (Tết)</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Hùng Kings&apos; Commemoration Day</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Reunification Day</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>International Labour Day</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Compensatory day off</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Coming days off</source>
        <translation>Coming days off</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>The calendar does not cover this date.</source>
        <translation>The calendar does not cover this date.</translation>
    </message>
    <message>
        <source>Working day, hours %1</source>
        <translation>Working day, hours %1</translation>
    </message>
    <message>
        <source>Weekly rest day (%1)</source>
        <translation>Weekly rest day (%1)</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Day off: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>motcua::client::TransitionTableModel</name>
    <message>
        <source>%1 (no such step)</source>
        <translation>%1 (no such step)</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>From step</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>To step</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Button text</translation>
    </message>
</context>
<context>
    <name>motcua::client::TrayNotifier</name>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
</context>
<context>
    <name>motcua::client::UpdateBanner</name>
    <message>
        <source>The server is newer than this version of MotCua. Please ask for the application to be updated; everything else keeps working meanwhile.</source>
        <translation>The server is newer than this version of MotCua. Please ask for the application to be updated; everything else keeps working meanwhile.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) cannot be shown on this workstation until then: %1.</source>
        <translation>
            <numerusform>%n dossier cannot be shown on this workstation until then: %1.</numerusform>
            <numerusform>%n dossiers cannot be shown on this workstation until then: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue entry(ies) set aside until then.</source>
        <translation>
            <numerusform>%n catalogue entry set aside until then.</numerusform>
            <numerusform>%n catalogue entries set aside until then.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>receipt, control-slip, supplement or refusal</source>
        <translation>receipt, control-slip, supplement or refusal</translation>
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
        <source>--form must be receipt, control-slip, supplement or refusal</source>
        <translation>--form must be receipt, control-slip, supplement or refusal</translation>
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
        <source>%1 (procedure %2)</source>
        <translation>%1 (procedure %2)</translation>
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
    <name>motcua::client::IntakePage</name>
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
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Code %2 · statutory time %3&lt;br&gt;&lt;b&gt;Fees&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Code %2 · statutory time %3&lt;br&gt;&lt;b&gt;Fees&lt;/b&gt;%4</translation>
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
        <source>Accepted: %1 — appointment %2 %3.</source>
        <translation>Accepted: %1 — appointment %2 %3.</translation>
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
        <source>%1 (%2) · logged in offline</source>
        <translation>%1 (%2) · logged in offline</translation>
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
        <source>%1 sent to %2</source>
        <translation>%1 sent to %2</translation>
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
    <name>motcua::client::ProcedureListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>Cance&amp;l scanning</source>
        <translation>Cance&amp;l scanning</translation>
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
</TS>

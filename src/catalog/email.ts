/** Email APIs: Resend, SendGrid, nodemailer transports, Postmark, Mailgun. */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const EMAIL: ClientLibrary[] = [
  {
    label: 'resend',
    modules: ['resend'],
    kind: 'network',
    exports: { Resend: 'constructor', default: 'constructor' },
    types: ['Resend'],
    // `resend.batch.send([...])` sends up to 100 emails in one request.
    batches: [{ batch: 'batch.send', single: ['emails.send'] }],
  },
  {
    label: 'sendgrid',
    modules: ['@sendgrid/mail'],
    kind: 'network',
    exports: { default: 'handle', '*': 'handle', MailService: 'constructor' },
    types: ['MailService'],
    ignore: ['setApiKey', 'setClient', 'setTimeout', 'setSubstitutionWrappers', 'setTwilioEmailAuth', 'setDataResidency'],
    batches: [
      { batch: 'send', single: ['send'], when: 'array-arg' },
      { batch: 'sendMultiple', single: ['send'] },
    ],
  },
  {
    label: 'nodemailer',
    modules: ['nodemailer'],
    kind: 'network',
    exports: { default: 'handle', '*': 'handle', createTransport: 'factory' },
    types: ['Transporter'],
    derive: ['createTransport'],
    ignore: [...EVENT_METHODS, 'use', 'close', 'isIdle', 'createTestAccount', 'getTestMessageUrl'],
  },
  {
    label: 'postmark',
    modules: ['postmark'],
    kind: 'network',
    exports: { ServerClient: 'constructor', AccountClient: 'constructor', Client: 'constructor', default: 'handle', '*': 'handle' },
    types: ['ServerClient'],
    batches: [
      { batch: 'sendEmailBatch', single: ['sendEmail'] },
      { batch: 'sendEmailBatchWithTemplates', single: ['sendEmailWithTemplate'] },
    ],
  },
  {
    // `new Mailgun(FormData).client({ username, key })` is the client: `mg.messages.create(domain, data)`.
    label: 'mailgun',
    modules: ['mailgun.js'],
    kind: 'network',
    exports: { default: 'constructor', Mailgun: 'constructor' },
    derive: ['client'],
  },
];

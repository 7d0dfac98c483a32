/**
 * AWS SDK v3: one client per service; `send` is keyed by command (`aws.send:GetItemCommand`).
 * AWS SDK v2 (`aws-sdk`): `new AWS.S3()`; each method returns a request, sent by `.promise()`
 * or a callback, so a chain `s3.getObject(params).promise()` is one call named by its method.
 */
import type { BatchPair, ClientLibrary } from './library.js';

/** SDK v2 services are classes of the namespace (`AWS.S3`, `AWS.DynamoDB.DocumentClient`); the rest is configuration. */
const v2Export = (name: string) => (/^[A-Z]/.test(name) ? 'constructor' : 'not-io') as 'constructor' | 'not-io';
const V2_IGNORE = ['config', 'getSignedUrl', 'getSignedUrlPromise', 'createPresignedPost', 'on', 'endpoint', 'makeUnauthenticatedRequest', 'waitFor'];
const V2_DB_BATCHES: BatchPair[] = [
  { batch: 'batchGet', single: ['get'] },
  { batch: 'batchGetItem', single: ['getItem'] },
  { batch: 'batchWrite', single: ['put', 'delete'] },
  { batch: 'batchWriteItem', single: ['putItem', 'deleteItem'] },
  { batch: 'batchExecuteStatement', single: ['executeStatement'] },
];
const V2_QUEUE_BATCHES: BatchPair[] = [
  { batch: 'sendMessageBatch', single: ['sendMessage'] },
  { batch: 'deleteMessageBatch', single: ['deleteMessage'] },
  { batch: 'publishBatch', single: ['publish'] },
  { batch: 'putRecords', single: ['putRecord'] },
  { batch: 'putRecordBatch', single: ['putRecord'] },
];

/** Every v3 client makes 3 attempts (the first included), backing off exponentially, unless told otherwise. */
const SDK_V3: ClientLibrary['settings'] = { 'new *': { retries: { maxAttempts: { value: 3, attempts: true } }, backoff: 'exponential' } };

export const AWS: ClientLibrary[] = [
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-rds-data', '@aws-sdk/client-timestream-query'],
    kind: 'db',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:BatchGetItemCommand', single: ['send:GetItemCommand', 'send:GetCommand'] },
      { batch: 'send:BatchGetCommand', single: ['send:GetCommand', 'send:GetItemCommand'] },
      { batch: 'send:BatchWriteItemCommand', single: ['send:PutItemCommand', 'send:PutCommand', 'send:DeleteItemCommand'] },
      { batch: 'send:BatchWriteCommand', single: ['send:PutCommand', 'send:PutItemCommand', 'send:DeleteCommand'] },
      { batch: 'send:BatchExecuteStatementCommand', single: ['send:ExecuteStatementCommand'] },
    ],
  },
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['@aws-sdk/client-sqs', '@aws-sdk/client-sns', '@aws-sdk/client-kinesis', '@aws-sdk/client-firehose', '@aws-sdk/client-eventbridge'],
    kind: 'queue',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:SendMessageBatchCommand', single: ['send:SendMessageCommand'] },
      { batch: 'send:PublishBatchCommand', single: ['send:PublishCommand'] },
      { batch: 'send:PutRecordsCommand', single: ['send:PutRecordCommand'] },
      { batch: 'send:PutRecordBatchCommand', single: ['send:PutRecordCommand'] },
      { batch: 'send:DeleteMessageBatchCommand', single: ['send:DeleteMessageCommand'] },
    ],
  },
  {
    // `new Upload({ client, params }).done()`: a multipart upload to S3, streamed in parts.
    label: 'aws',
    modules: ['@aws-sdk/lib-storage'],
    kind: 'network',
    exports: { Upload: 'constructor' },
    types: ['Upload'],
    ignore: ['on', 'once', 'off', 'abort'],
  },
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['@aws-sdk/*'],
    kind: 'network',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    derive: [],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:DeleteObjectsCommand', single: ['send:DeleteObjectCommand'] },
    ],
  },
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['aws-sdk/clients/dynamodb'],
    kind: 'db',
    exports: { default: 'constructor', '*': 'handle', DocumentClient: 'constructor' },
    otherExports: v2Export,
    types: ['DynamoDB', 'DocumentClient'],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_DB_BATCHES,
  },
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['aws-sdk/clients/sqs', 'aws-sdk/clients/sns', 'aws-sdk/clients/kinesis', 'aws-sdk/clients/firehose', 'aws-sdk/clients/eventbridge'],
    kind: 'queue',
    exports: { default: 'constructor' },
    otherExports: v2Export,
    types: ['SQS', 'SNS', 'Kinesis', 'Firehose', 'EventBridge'],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_QUEUE_BATCHES,
  },
  {
    label: 'aws',
    settings: SDK_V3,
    modules: ['aws-sdk', 'aws-sdk/clients/*'],
    kind: 'network',
    exports: { default: 'handle', '*': 'handle', config: 'not-io', Credentials: 'not-io', Endpoint: 'not-io' },
    otherExports: v2Export,
    types: ['S3', 'DynamoDB', 'DocumentClient', 'SQS', 'SNS', 'Lambda', 'SES', 'SecretsManager', 'SSM', 'Kinesis', 'CloudWatch', 'STS', 'StepFunctions', 'EventBridge', 'CognitoIdentityServiceProvider'],
    builder: true,
    ignore: V2_IGNORE,
    batches: [...V2_DB_BATCHES, ...V2_QUEUE_BATCHES, { batch: 'deleteObjects', single: ['deleteObject'] }],
  },
];

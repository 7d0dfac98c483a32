/** AWS SDK v3: one client per service; `send` is keyed by command (`aws.send:GetItemCommand`). */
import type { ClientLibrary } from './library.js';

export const AWS: ClientLibrary[] = [
  {
    label: 'aws',
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
    label: 'aws',
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
];

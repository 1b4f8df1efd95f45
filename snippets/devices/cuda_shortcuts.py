# snippet: requires=cuda
import torch

x = torch.arange(3.0)
a = x.cuda()  # shorthand for x.to("cuda")
b = x.to("cuda")
c = torch.arange(3.0, device="cuda")  # made on the GPU, no copy needed
print("devices:", a.device, b.device, c.device)

# Moving to the device a tensor is already on returns the same object.
print("a.cuda() is a:", a.cuda() is a)
print("a.to('cuda') is a:", a.to("cuda") is a)

# .cpu() copies back; the values survive the round trip.
back = a.cpu()
print("back.device:", back.device)
print("round trip equal:", torch.equal(back, x))
